// bind fixes `this` (here null: log does not use it) and the leading
// arguments: partial application.
function log(level, message) {
  console.log(`[${level}] ${message}`);
}

function runJob(name, onMessage) {
  onMessage(`${name} started`);
  onMessage(`${name} finished`);
}

runJob('backup', log.bind(null, 'INFO'));
// An arrow function does the same job and is often clearer.
runJob('cleanup', (message) => log('DEBUG', message));

const warn = log.bind(null, 'WARN');
console.log(warn.name); // a bound function shows its target's name only
