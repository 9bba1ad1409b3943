// Bridging an error-first callback API to promises: util.promisify, or a Promise by hand.
const util = require('node:util');

function legacyFetch(key, cb) {
  setImmediate(() => (key === 'missing' ? cb(new Error(`no key ${key}`)) : cb(null, `value of ${key}`)));
}

const fetchP = util.promisify(legacyFetch); // relies on the error-first, callback-last contract

// What promisify does, written out: the callback settles the promise.
const fetchByHand = (key) =>
  new Promise((resolve, reject) => legacyFetch(key, (err, value) => (err ? reject(err) : resolve(value))));

fetchP('config')
  .then((value) => console.log(`promisify: ${value}`))
  .then(() => fetchByHand('missing'))
  .catch((err) => console.log(`by hand: rejected with "${err.message}"`));
