// JavaScript callbacks never run on another thread, and a promise's .then callback is always
// deferred, even when the promise is already fulfilled (unlike Python's concurrent futures).
const done = Promise.resolve(4);

done.then((value) => console.log(`then: callback got ${value}, after the current code`));
console.log('then() returned first');
