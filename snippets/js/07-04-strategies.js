// Strategies: an object maps names to functions; the chosen one decides
// the outcome.
const rounding = {
  'half-up': (cents) => Math.floor((cents + 50) / 100),
  down: (cents) => Math.floor(cents / 100),
  'half-even': (cents) => {
    const whole = Math.floor(cents / 100);
    const rest = cents % 100;
    return rest > 50 || (rest === 50 && whole % 2 === 1)
      ? whole + 1
      : whole;
  },
};

function total(prices, name) {
  // Object.hasOwn: a name like "toString" must not find a method
  // inherited from Object.prototype.
  if (!Object.hasOwn(rounding, name)) {
    throw new RangeError(`unknown strategy ${name}`);
  }
  return prices.reduce((sum, cents) => sum + rounding[name](cents), 0);
}

const prices = [250, 350, 199];
for (const name of Object.keys(rounding)) {
  console.log(`${name.padStart(9)}: ${total(prices, name)}`);
}
try {
  total(prices, 'toString');
} catch (err) {
  console.log(`${err.name}: ${err.message}`);
}
