// Zalgo: an API that calls back synchronously on a cache hit and
// asynchronously on a miss.
function makeLookup(deferHits) {
  const cache = new Map();
  return function lookup(key, cb) {
    if (cache.has(key)) {
      const value = cache.get(key);
      if (deferHits) queueMicrotask(() => cb(value)); // the fix: always later
      else cb(value); // the bug: sometimes now
      return;
    }
    setTimeout(() => {
      cache.set(key, key.toUpperCase());
      cb(cache.get(key));
    }, 1);
  };
}

function demo(label, lookup) {
  return new Promise((resolve) => {
    let returned = false;
    lookup('ada', (value) => {
      const when = returned ? 'after' : 'BEFORE';
      console.log(`${label}: callback(${value}) ran ${when} lookup returned`);
      resolve();
    });
    returned = true;
  });
}

const zalgo = makeLookup(false);
const fixed = makeLookup(true);
demo('sometimes-sync, miss', zalgo)
  .then(() => demo('sometimes-sync, hit ', zalgo))
  .then(() => demo('always-async,   miss', fixed))
  .then(() => demo('always-async,   hit ', fixed));
