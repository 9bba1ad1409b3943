// Bridging an error-first callback API to promises: util.promisify, or a
// Promise by hand.
const util = require('node:util');

function legacyFetch(key, cb) {
  setImmediate(() => {
    if (key === 'missing') cb(new Error(`no key ${key}`));
    else cb(null, `value of ${key}`);
  });
}

// promisify relies on the error-first, callback-last contract.
const fetchP = util.promisify(legacyFetch);

// What promisify does, written out: the callback settles the promise.
const fetchByHand = (key) =>
  new Promise((resolve, reject) => {
    legacyFetch(key, (err, value) => (err ? reject(err) : resolve(value)));
  });

fetchP('config')
  .then((value) => console.log(`promisify: ${value}`))
  .then(() => fetchByHand('missing'))
  .catch((err) => console.log(`by hand: rejected with "${err.message}"`));
