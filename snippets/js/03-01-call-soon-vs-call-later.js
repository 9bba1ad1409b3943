// setTimeout stores the callback; it runs only after the current code has finished.
const say = (label) => console.log(`  ${label}`);

// Timers fire in order of due time, not of registration (the delays are tiny on purpose).
setTimeout(say, 20, 'setTimeout 20 ms');
setTimeout(say, 10, 'setTimeout 10 ms');
// Equal delays fire in registration order.
setTimeout(say, 0, 'setTimeout 0 ms, first');
setTimeout(say, 0, 'setTimeout 0 ms, second');

// A promise reaction runs when the promise settles, like a done-callback.
const settled = new Promise((resolve) => setTimeout(resolve, 30, 42));
settled.then((value) => say(`then-callback: value ${value}`));

console.log('main: all registered, none has run yet');
