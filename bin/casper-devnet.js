#!/usr/bin/env node
'use strict';
require('../dist/devnet.cjs');
