// 'exit' listeners run in registration order (FIFO), synchronously: the loop is already over.
for (const name of ['A (registered first)', 'B', 'C (registered last)']) {
  process.on('exit', (code) => {
    console.log(`exit listener ${name}, code ${code}`);
    // Too late for anything asynchronous: this timer is never run.
    setTimeout(() => console.log(`timer from listener ${name}`), 1);
  });
}

console.log('main: end of script');
