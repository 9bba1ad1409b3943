// `greet` is the function itself; `greet()` is what calling it returns.
function greet() {
  console.log('greet ran');
  return 'hello';
}

function callTwice(callback) {
  callback();
  callback();
}

console.log('passing greet:');
callTwice(greet); // hands over the function; callTwice calls it, twice

console.log('passing greet():');
try {
  // Calls greet *now*, once, and hands over its result, 'hello'.
  callTwice(greet());
} catch (err) {
  // Only the error's name: the message's wording belongs to the engine
  // and changes between versions.
  console.log(`${err.name}: callTwice received a string, not a function`);
}
