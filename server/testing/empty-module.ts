// Stands in for the `server-only` marker package under vitest, which runs outside React's server environment.
export {};
