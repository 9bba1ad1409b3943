// await is callbacks underneath. On a native promise (one whose
// `constructor` is Promise), await hands its continuation to the promise's
// reactions directly: no then() method is called. On any other object
// with a then() method (a thenable), await calls then() later, from a
// microtask, with two callbacks.
const thenable = {
  then(onFulfilled, onRejected) {
    const kinds = `${typeof onFulfilled} and ${typeof onRejected}`;
    console.log(`thenable: then() called with ${kinds}`);
    setImmediate(() => {
      console.log('loop: calling the first callback with 42');
      onFulfilled(42);
    });
  },
};

const native = Promise.resolve('native');
native.then = () => console.log('never printed: await does not call it');

async function main() {
  console.log('main: awaiting the thenable');
  const first = await thenable;
  console.log(`main: resumed with ${first}`);
  const second = await native;
  console.log(`main: resumed with ${second}, without calling native.then`);
}

main();
console.log('script: main() returned at its first await');
