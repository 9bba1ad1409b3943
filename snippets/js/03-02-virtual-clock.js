// A scheduler on a virtual clock: "later" becomes instant and repeatable,
// which is how tests make timer code deterministic. Ties run in
// registration order (FIFO).
class VirtualScheduler {
  constructor() {
    this.now = 0;
    this.queue = [];
    this.seq = 0;
  }

  callLater(delay, fn, ...args) {
    this.queue.push({ when: this.now + delay, seq: this.seq++, fn, args });
  }

  run() {
    while (this.queue.length > 0) {
      this.queue.sort((a, b) => a.when - b.when || a.seq - b.seq);
      const timer = this.queue.shift();
      this.now = timer.when; // jump instead of waiting
      timer.fn(...timer.args);
    }
  }
}

const scheduler = new VirtualScheduler();
const say = (label) => console.log(`t=${scheduler.now} ${label}`);
const tick = (remaining) => {
  say(`tick, ${remaining} left`);
  if (remaining > 1) scheduler.callLater(4, tick, remaining - 1);
};

scheduler.callLater(10, say, 'ten, registered first');
scheduler.callLater(10, say, 'ten, registered second');
scheduler.callLater(3, tick, 3);
console.log('all registered at t=0; run() starts the clock');
scheduler.run();
console.log(`queue empty at t=${scheduler.now}`);
