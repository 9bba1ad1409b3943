// A classic double call: the callback throws inside the API's try block,
// so the API's catch calls it again with the callback's own error. Call
// back outside the try; guard with once().
function parseBuggy(text, cb) {
  try {
    cb(null, JSON.parse(text)); // a throw *from cb* lands in the catch below
  } catch (err) {
    cb(err);
  }
}

function parseFixed(text, cb) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return cb(err);
  }
  cb(null, value); // outside the try: the callback's errors are the caller's
}

function once(fn) {
  let called = false;
  return (...args) => {
    if (called) return console.log('  once(): second call ignored');
    called = true;
    return fn(...args);
  };
}

function callback(err, value) {
  const name = err ? err.name : null;
  console.log(`  callback(err=${name}, value=${JSON.stringify(value)})`);
  if (value) throw new TypeError('bug in the callback');
}

for (const [label, api, wrap] of [
  ['parseBuggy', parseBuggy, (f) => f],
  ['parseFixed', parseFixed, (f) => f],
  ['parseBuggy + once()', parseBuggy, once],
]) {
  console.log(`${label}:`);
  try {
    api('{"host":"example.org"}', wrap(callback));
  } catch (err) {
    const { name, message } = err;
    console.log(`  the caller sees its own error: ${name}: ${message}`);
  }
}
