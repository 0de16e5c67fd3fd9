export { profileHref } from './links';
