/**
 * Signs the sample tokens and fills the secret field, so every tool works before the reader pastes
 * anything. It protects nothing: the page says so, and a reader checks real tokens with their own secret.
 */
export const DEMO_SECRET = 'insforge-playground-demo-secret-not-for-production';
