import { render } from '@testing-library/react';
import { App } from '../App';

/** Renders the whole app at a path, as a browser opening that address would. */
export function renderApp(path: string) {
  window.history.replaceState(null, '', path);
  return render(<App />);
}
