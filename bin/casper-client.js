#!/usr/bin/env node
// CommonJS (bin/package.json): a CommonJS entry skips the ESM loader's set-up. The bundle runs
// with V8's code cache from the build; see load-bundle.js.
'use strict';
require('./load-bundle.js')('cli');
