// Run by Maven before anything else: the webapp needs Node >= 20.19 and npm on the PATH.
// (If `node` itself is missing, Maven already fails on this step with "Cannot run program node".)
import { execFileSync } from 'node:child_process';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`webapp: Node ${process.versions.node} is too old; install Node 20.19 or newer.`);
  process.exit(1);
}
try {
  const npm = execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['--version'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  }).trim();
  console.log(`webapp: using Node ${process.versions.node} and npm ${npm}`);
} catch {
  console.error('webapp: npm was not found on the PATH; install npm (it comes with Node).');
  process.exit(1);
}
