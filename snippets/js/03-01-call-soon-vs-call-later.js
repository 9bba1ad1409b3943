// setTimeout stores the callback; it runs only after the current code has finished.
const say = (label) => console.log(`  ${label}`);

// Each setTimeout reads the clock when it is called, so a pause between two calls
// shifts the second timer. Registering the delays in non-decreasing order keeps
// the order fixed: a later timer never has an earlier due time.
setTimeout(say, 0, 'setTimeout 0 ms, first');
setTimeout(say, 0, 'setTimeout 0 ms, second'); // equal delays: registration order
setTimeout(say, 10, 'setTimeout 10 ms');
setTimeout(say, 20, 'setTimeout 20 ms');

// A promise reaction runs when the promise settles, like a done-callback.
const settled = new Promise((resolve) => setTimeout(resolve, 30, 42));
settled.then((value) => say(`then-callback: value ${value}`));

console.log('main: all registered, none has run yet');
