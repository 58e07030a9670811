import '@testing-library/jest-dom';
// Must load before the kit: when the kit's icons bring React in first, Testing Library's renders stay empty.
import { configure } from '@testing-library/react';
import { icons, preloadIcons, type IconName } from 'design-react-kit';
import { TextDecoder, TextEncoder } from 'node:util';

// The whole suite shares 2 cores with API processes; the default 1 s wait for findBy* is too tight there.
configure({ asyncUtilTimeout: 5000 });

// React Router needs these browser globals, which jsdom does not provide.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// The kit loads each icon asynchronously on first use; loading them all up front keeps test renders settled.
beforeAll(() => preloadIcons(icons as IconName[]));
