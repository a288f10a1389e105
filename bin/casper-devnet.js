#!/usr/bin/env node
import '../dist/devnet.js';
