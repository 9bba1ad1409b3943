// A function cannot be posted to another thread, so a callback runs on the thread that
// registered it. A promise's .then callback is always deferred, even when the promise is
// already fulfilled (unlike Python's concurrent futures).
const done = Promise.resolve(4);

done.then((value) => console.log(`then: callback got ${value}, after the current code`));
console.log('then() returned first');
