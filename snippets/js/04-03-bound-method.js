// Passing obj.method passes the function only: `this` is decided by how
// it is called.
class Button {
  constructor(label) {
    this.label = label;
    this.clicks = 0;
  }

  onClick() {
    this.clicks += 1;
    console.log(`${this.label}: clicked ${this.clicks} time(s)`);
  }

  whoIsThis() {
    return this === undefined ? 'undefined' : this.label;
  }
}

function simulateClick(callback) {
  return callback(); // a plain call: no object before the dot
}

const ok = new Button('OK');
// Class code is strict mode code: a plain call leaves `this` undefined.
console.log(`detached: this is ${simulateClick(ok.whoIsThis)}`);
try {
  simulateClick(ok.onClick);
} catch (err) {
  // Print our own words: the engine's message text changes between versions.
  console.log(`${err.name}: onClick ran with this === undefined`);
}

// bind returns a new function with `this` fixed.
simulateClick(ok.onClick.bind(ok));
// Or call it as a method inside an arrow function.
simulateClick(() => ok.onClick());
