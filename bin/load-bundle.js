// Runs dist/NAME.cjs with the V8 code cache the build wrote beside it (dist/NAME.cjs.cache), so
// start-up deserializes compiled code instead of parsing and compiling the bundle and every
// function on the path again. Node 20 has no module compile cache (module.enableCompileCache is
// Node 22.1+), hence vm.Script with cachedData. A cache from another Node or V8 version is
// rejected by V8 itself and the bundle compiles as usual: the cache only ever saves time.
// The build strips import() from the bundle (scripts/build.mjs): code compiled by vm.Script
// cannot call it on Node 20 without an experimental flag, so the bundle calls __dynamicImport,
// which is this file's own import().
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');
const { crc32 } = require('node:zlib'); // Node 20.15+
const Module = require('node:module');

/**
 * The bundle compiled with its cache, if the cache was written for these very bytes by this very
 * Node. V8 itself only compares the source's length, so the cache file starts with the CRC-32 of
 * the bundle it was made from and the version of the Node that made it (both checks cost well
 * under a millisecond); a cache from another Node is not even handed to V8. V8 still sets
 * script.cachedDataRejected when other V8 flags make the cache unusable.
 * `cache` says which case applies: 'used' (handed to V8), 'none', 'other-bundle', 'other-node';
 * `cacheNode` is the version of the Node that wrote a cache for these bytes.
 */
function compileBundle(name) {
  const file = join(__dirname, '..', 'dist', `${name}.cjs`);
  const cacheFile = `${file}.cache`;
  const bytes = readFileSync(file);
  const crc = typeof crc32 === 'function' ? crc32(bytes) : undefined;
  let cachedData;
  let cache = 'none';
  let cacheNode;
  try {
    const data = readFileSync(cacheFile);
    const n = data.length > 5 ? data[4] : 0;
    cacheNode = data.length >= 5 + n ? data.toString('latin1', 5, 5 + n) : undefined;
    if (crc === undefined || data.length < 5 + n || data.readUInt32LE(0) !== crc) cache = 'other-bundle';
    else if (cacheNode !== process.version) cache = 'other-node';
    else {
      cache = 'used';
      cachedData = data.subarray(5 + n);
    }
  } catch {
    cachedData = undefined; // no cache: compile as usual
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname, __dynamicImport) {${bytes.toString('utf8')}\n})`;
  const script = new Script(wrapper, { filename: file, cachedData });
  return { file, cacheFile, crc, cache, cacheNode, script };
}

function loadBundle(name) {
  const { file, cacheFile, crc, script } = compileBundle(name);
  // Only the build sets this, to the cache's own path: it writes the cache after a run, with
  // every function that run compiled.
  if (process.env.CASPER_CLIENT_WRITE_CODE_CACHE === cacheFile && crc !== undefined) {
    process.once('exit', () => {
      const version = Buffer.from(process.version, 'latin1');
      const head = Buffer.alloc(5);
      head.writeUInt32LE(crc, 0);
      head[4] = version.length;
      writeFileSync(`${cacheFile}.tmp`, Buffer.concat([head, version, script.createCachedData()]));
      renameSync(`${cacheFile}.tmp`, cacheFile);
    });
  }
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  script.runInThisContext()(
    mod.exports,
    Module.createRequire(file),
    mod,
    file,
    dirname(file),
    (specifier) => import(specifier),
  );
}

module.exports = loadBundle;
module.exports.compileBundle = compileBundle;
