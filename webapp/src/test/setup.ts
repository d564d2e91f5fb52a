import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor give up after 1 s by default; a busy build machine can take longer to render an
// answer. Passing tests do not wait any longer for it.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
