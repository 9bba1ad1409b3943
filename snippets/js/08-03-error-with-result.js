// A callback API in Node's error-first style, keeping the whole contract:
// the callback is the last argument; it is called exactly once; its first
// argument is an Error, or null on success, with the results after it;
// and it is always called asynchronously.
const fs = require('node:fs');
const path = require('node:path');

function parsePort(text, callback) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    // Even a failure found at once is reported later, so callers see
    // one behaviour.
    const err = new RangeError(`bad port: ${text}`);
    queueMicrotask(() => callback(err));
    return; // returning here is what makes it "exactly once"
  }
  queueMicrotask(() => callback(null, port));
}

function show(label) {
  return (err, port) => {
    if (err) console.log(`${label}: error ${err.name}: ${err.message}`);
    else console.log(`${label}: port ${port}`);
  };
}

parsePort('8080', show('good'));
parsePort('http', show('bad'));
console.log('both calls returned before either callback ran');

// fs.readFile's callback form: callback last, error first, operation run
// asynchronously. err.code is stable; err.message is prose. The path
// names a file beside this program that the repository does not hold.
const missing = path.join(__dirname, '08-03-no-such-file.json');
fs.readFile(missing, 'utf8', (err) => {
  const isError = err instanceof Error;
  console.log(`readFile: err is an Error: ${isError}, err.code=${err.code}`);
});
