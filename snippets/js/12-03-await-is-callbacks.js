// await is callbacks underneath: awaiting any object with a then() method calls then() with two
// callbacks, resolve and reject; calling resolve later is what resumes the async function.
const thenable = {
  then(onFulfilled, onRejected) {
    console.log(`then() called by await with ${typeof onFulfilled} and ${typeof onRejected}`);
    setImmediate(() => {
      console.log('loop: calling the first callback with 42');
      onFulfilled(42);
    });
  },
};

async function main() {
  console.log('main: before await');
  const value = await thenable;
  console.log(`main: resumed with ${value}`);
}

main();
console.log('main() returned a promise; the rest runs from callbacks');
