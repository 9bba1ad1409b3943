// The error-first callback contract of Node's callback APIs: the
// callback is the last argument; it is called exactly once; its first
// argument is an Error or null; results follow; and it is always called
// asynchronously.
const fs = require('node:fs');

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

// The platform's own APIs follow the same contract. err.code is stable;
// err.message is prose.
fs.readFile('missing.json', 'utf8', (err) => {
  const isError = err instanceof Error;
  console.log(`readFile: err is an Error: ${isError}, err.code=${err.code}`);
});
