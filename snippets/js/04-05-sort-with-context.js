// A comparator that needs extra data captures it in a closure.
const tasks = ['deploy', 'lint', 'test', 'build'];

function sortByPriority(items, priority) {
  return [...items].sort((a, b) => priority[a] - priority[b]);
}

const release = { lint: 0, build: 1, test: 2, deploy: 3 };
const hotfix = { build: 0, deploy: 1, test: 2, lint: 3 };
console.log(JSON.stringify(sortByPriority(tasks, release)));
console.log(JSON.stringify(sortByPriority(tasks, hotfix)));
