// A live public consultation in two real browser contexts against a running app (`npm start`): a
// citizen and an organisation's representative sign in through the UI and open the open
// consultation; each posts a contribution (the representative for the organisation) and replies to
// the other's, and each page must show the other's writing arrive without a reload. Then the
// citizen's page goes offline, the representative posts several contributions, and once back
// online the citizen's page must show each of them exactly once (caught up through the room's
// sequence numbers). Checks the pages visited with axe-core (WCAG 2.1 A/AA rules) and takes
// screenshots at 1280 and 360 px. Exits non-zero on any failure.
//
//   node tools/browser/live-consultation.mjs [--base http://localhost:3000] [--out /tmp]
//
// Needs a Chromium at /usr/bin/chromium (or CHROMIUM_PATH) and the demo data of `npm start`.
// Functions passed to page.evaluate and waitForFunction run in the browser, hence its globals.
/* global document, window, location */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const { values: options } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.BASE_URL ?? 'http://localhost:3000' },
    out: { type: 'string', default: process.env.SCREENSHOT_DIR ?? '/tmp' },
  },
});
const BASE = options.base.replace(/\/$/, '');
const PASSWORD = 'demo-piano-2030';
const CITIZEN = 'cittadina@piano2030.demo';
const REPRESENTATIVE = 'confartigianato@piano2030.demo';
const ORGANISATION = 'Confartigianato Imprese Lucca';
const CONSULTATION = 'Turismo lento e cammini in Valle del Serchio';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--window-size=1280,1800',
];
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
const STEP_TIMEOUT = 15_000;
/** Long enough for socket.io's reconnection back-off (at most 5 s) and the catch-up query. */
const RECONNECT_TIMEOUT = 30_000;
/** Written into every text, so that a run never mistakes an earlier run's contributions for its own. */
const RUN = new Date().toISOString().slice(11, 19);

const failures = [];
const log = (message) => console.log(`- ${message}`);

const byRole = (role, name) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

async function waitForText(page, text, timeout = STEP_TIMEOUT) {
  await page.waitForFunction((expected) => document.body.innerText.includes(expected), { timeout }, text);
}

async function click(page, selector) {
  const element = await page.waitForSelector(selector, { visible: true, timeout: STEP_TIMEOUT });
  await element.click();
}

async function screenshot(page, name, fullPage = true) {
  const file = path.join(options.out, `live-consultation-${name}.png`);
  await page.screenshot({ path: file, fullPage });
  log(`screenshot ${file}`);
}

/** The same page at phone width, then back. */
async function phoneScreenshot(page, name) {
  const viewport = page.viewport();
  await page.setViewport({ width: 360, height: 800 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  // The page's own content (the shared header is another library's) must fit the screen.
  const overflow = await page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('main *')].map(
        (element) => element.getBoundingClientRect().right - window.innerWidth,
      ),
    ),
  );
  if (overflow > 1)
    failures.push(`${name}: the content is ${Math.round(overflow)}px wider than a 360px screen`);
  await screenshot(page, name);
  await page.setViewport(viewport);
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now. */
async function checkAccessibility(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  });
  for (const violation of violations) {
    failures.push(`axe on ${label}: ${violation.id} (${violation.help}) at ${violation.targets.join(', ')}`);
  }
  log(`axe on ${label}: ${violations.length} violation(s)`);
}

async function signIn(page, email) {
  await page.goto(`${BASE}/accedi`, { waitUntil: 'networkidle0' });
  await page.type('#sign-in-email', email);
  await page.type('#sign-in-password', PASSWORD);
  await click(page, 'form button[type="submit"]');
  await page.waitForFunction(() => location.pathname === '/area-personale', { timeout: STEP_TIMEOUT });
  log(`${email} signed in`);
}

/** The consultation, reached from the list as a person would. */
async function openConsultation(page) {
  await page.goto(`${BASE}/consultazioni`, { waitUntil: 'networkidle0' });
  await click(page, byRole('link', CONSULTATION));
  await page.waitForSelector('#cons-threads-title', { timeout: STEP_TIMEOUT });
  await waitForText(page, 'Aggiornamenti in tempo reale attivi');
}

/** Writes and publishes a root contribution, for the organisation when named. */
async function post(page, { kind, text, organisation }) {
  await page.waitForSelector('#composer-body', { timeout: STEP_TIMEOUT });
  await page.select('#composer-kind', kind);
  if (organisation) {
    const value = await page.evaluate(
      (name) =>
        [...document.querySelectorAll('#composer-organisation option')].find((option) =>
          option.textContent.includes(name),
        )?.value,
      organisation,
    );
    if (!value) throw new Error(`no "${organisation}" among the speakers`);
    await page.select('#composer-organisation', value);
  }
  await page.type('#composer-body', text);
  await click(page, byRole('button', 'Pubblica il contributo'));
  await waitForText(page, 'Contributo pubblicato.');
}

/** The id of the contribution (its list item) whose own text contains `text`. */
async function contributionId(page, text) {
  await waitForText(page, text);
  return page.evaluate((expected) => {
    const item = [...document.querySelectorAll('li.cons-contribution')].find((li) =>
      li.querySelector(':scope > article > .cons-body')?.textContent.includes(expected),
    );
    return item?.id ?? null;
  }, text);
}

/** How many contributions on the page carry `text` as their own text. */
async function occurrences(page, text) {
  return page.evaluate(
    (expected) =>
      [...document.querySelectorAll('li.cons-contribution > article > .cons-body')].filter((body) =>
        body.textContent.includes(expected),
      ).length,
    text,
  );
}

async function reply(page, toText, text, organisation) {
  const id = await contributionId(page, toText);
  if (!id) throw new Error(`no contribution with "${toText}"`);
  await click(page, `#${id}-reply`);
  await page.waitForSelector(`#${id}-reply-body`, { timeout: STEP_TIMEOUT });
  if (organisation) {
    const value = await page.evaluate(
      (select, name) =>
        [...document.querySelectorAll(`${select} option`)].find((option) => option.textContent.includes(name))
          ?.value,
      `#${id}-reply-organisation`,
      organisation,
    );
    if (!value) throw new Error(`no "${organisation}" among the speakers of the reply`);
    await page.select(`#${id}-reply-organisation`, value);
  }
  await page.type(`#${id}-reply-body`, text);
  await click(page, `#${id} ${byRole('button', 'Pubblica la risposta')}`);
  await waitForText(page, text);
  return id;
}

/**
 * The page's connection goes down: no network, and the open sockets closed (Chromium's offline
 * emulation does not reliably cut a WebSocket already open). socket.io retries until the network
 * is back.
 */
async function goOffline(page) {
  await page.setOfflineMode(true);
  await page.evaluate(() => {
    // socket.io's only: the dev server's own socket would reload the page when it comes back.
    for (const socket of window.__liveSockets ?? []) if (socket.url.includes('/socket.io/')) socket.close();
  });
}

/** The pages of the run, for a screenshot of where a failed step left them. */
const pages = {};

async function run() {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    defaultViewport: { width: 1280, height: 1800 },
  });
  try {
    const citizenContext = await browser.createBrowserContext();
    const representativeContext = await browser.createBrowserContext();
    const citizen = await citizenContext.newPage();
    const representative = await representativeContext.newPage();
    Object.assign(pages, { citizen, representative });
    for (const [who, page] of [
      ['citizen', citizen],
      ['representative', representative],
    ]) {
      page.on('pageerror', (error) => failures.push(`${who}: page error ${error.message}`));
      // The app's Content-Security-Policy forbids inline scripts, which is how axe-core gets in.
      await page.setBypassCSP(true);
      // Keeps the page's WebSockets within reach, so that the test can cut them.
      await page.evaluateOnNewDocument(() => {
        const Native = window.WebSocket;
        window.__liveSockets = [];
        window.WebSocket = class extends Native {
          constructor(...args) {
            super(...args);
            window.__liveSockets.push(this);
          }
        };
      });
    }

    await citizen.goto(`${BASE}/consultazioni`, { waitUntil: 'networkidle0' });
    await checkAccessibility(citizen, '/consultazioni, anonymous');
    await screenshot(citizen, '1-list');
    await phoneScreenshot(citizen, '1-list-360');

    await signIn(citizen, CITIZEN);
    await signIn(representative, REPRESENTATIVE);
    await openConsultation(citizen);
    await openConsultation(representative);
    await checkAccessibility(citizen, 'the consultation page, as a citizen');
    await screenshot(citizen, '2-consultation');
    await phoneScreenshot(citizen, '2-consultation-360');

    // Each posts; each sees the other's arrive.
    const citizenText = `Servono navette nei fine settimana tra Lucca e Castelnuovo (${RUN}).`;
    const organisationText = `Le botteghe artigiane possono fare da punto di ristoro (${RUN}).`;
    await post(citizen, { kind: 'REQUEST', text: citizenText });
    await post(representative, { kind: 'PROPOSAL', text: organisationText, organisation: ORGANISATION });
    try {
      await waitForText(representative, citizenText, 10_000);
      log("the representative's page shows the citizen's contribution without a reload");
    } catch {
      failures.push("the representative's page did not show the citizen's contribution without a reload");
    }
    try {
      await waitForText(citizen, organisationText, 10_000);
      await waitForText(citizen, `per ${ORGANISATION}`);
      log("the citizen's page shows the organisation's contribution without a reload");
    } catch {
      failures.push("the citizen's page did not show the organisation's contribution without a reload");
    }
    await waitForText(citizen, 'nuovo contributo arrivato mentre eri sulla pagina');

    // Each replies to the other's; the reply count of one's own contribution grows live.
    const citizenReply = `D'accordo, e con orari estesi d'estate (${RUN}).`;
    const organisationReply = `Possiamo coordinare le navette con le botteghe (${RUN}).`;
    await reply(citizen, organisationText, citizenReply);
    await reply(representative, citizenText, organisationReply, ORGANISATION);
    for (const [who, page, ownText, replyText] of [
      ['citizen', citizen, citizenText, organisationReply],
      ['representative', representative, organisationText, citizenReply],
    ]) {
      try {
        const id = await contributionId(page, ownText);
        await page.waitForFunction(
          (toggle) => document.querySelector(toggle)?.textContent.startsWith('Mostra 1 risposta'),
          { timeout: 10_000 },
          `#${id} button[aria-controls="${id}-replies"]`,
        );
        await click(page, `#${id} button[aria-controls="${id}-replies"]`);
        await waitForText(page, replyText);
        log(`the ${who}'s page shows the reply to their contribution without a reload`);
      } catch (error) {
        failures.push(
          `the ${who}'s page did not show the reply to their contribution live (${error.message})`,
        );
      }
    }
    await screenshot(citizen, '3-citizen-sees-replies');
    await checkAccessibility(citizen, 'the consultation page with replies open, as a citizen');
    await checkAccessibility(representative, 'the consultation page, as a representative');

    // The citizen's page loses its connection; the representative posts three more.
    await goOffline(citizen);
    await waitForText(citizen, 'Aggiornamenti in tempo reale interrotti');
    log("the citizen's page is offline");
    const missed = [1, 2, 3].map((n) => `Proposta ${n} inviata mentre l'altra pagina era offline (${RUN}).`);
    for (const text of missed)
      await post(representative, { kind: 'PROPOSAL', text, organisation: ORGANISATION });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if ((await occurrences(citizen, missed[0])) > 0) {
      failures.push("the citizen's page received events while offline: the test did not cut the connection");
    }
    await citizen.setOfflineMode(false);
    try {
      for (const text of missed) await waitForText(citizen, text, RECONNECT_TIMEOUT);
      await waitForText(citizen, 'Aggiornamenti in tempo reale attivi');
      // Let any late or repeated event land before counting.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const counts = await Promise.all(missed.map((text) => occurrences(citizen, text)));
      if (counts.some((count) => count !== 1)) {
        failures.push(
          `after reconnecting, the missed contributions appear ${counts.join(', ')} time(s), not once each`,
        );
      } else {
        log("after reconnecting, the citizen's page shows each missed contribution exactly once");
      }
    } catch {
      failures.push("after reconnecting, the citizen's page did not catch up with the missed contributions");
    }
    await screenshot(citizen, '4-citizen-caught-up');

    // A report dialog, with the keyboard: focus goes in, Escape closes it and focus comes back.
    const organisationId = await contributionId(citizen, missed[0]);
    const reportButton = await citizen.waitForSelector(`#${organisationId}-report`, {
      timeout: STEP_TIMEOUT,
    });
    await reportButton.focus();
    await citizen.keyboard.press('Enter');
    await citizen.waitForSelector('[role="dialog"]', { visible: true, timeout: STEP_TIMEOUT });
    await checkAccessibility(citizen, 'the report dialog');
    await screenshot(citizen, '5-report-dialog', false);
    await citizen.keyboard.press('Escape');
    await citizen.waitForFunction(() => !document.querySelector('[role="dialog"]'), {
      timeout: STEP_TIMEOUT,
    });
    const focused = await citizen.evaluate(() => document.activeElement?.textContent ?? '');
    if (!focused.startsWith('Segnala')) failures.push(`after closing the dialog, focus is on "${focused}"`);

    await citizen.goto(`${BASE}/area-personale/contributi`, { waitUntil: 'networkidle0' });
    await waitForText(citizen, citizenText);
    await checkAccessibility(citizen, '/area-personale/contributi');
    await screenshot(citizen, '6-my-contributions');
    await phoneScreenshot(citizen, '6-my-contributions-360');

    // From there, the link to one's reply opens its thread on the consultation page and goes to it.
    const replyLink = await citizen.evaluateHandle(
      (expected) =>
        [...document.querySelectorAll('article')]
          .find((article) => article.textContent.includes(expected))
          ?.querySelector('a[href*="#contributo-"]'),
      citizenReply,
    );
    await replyLink.asElement().click();
    try {
      await citizen.waitForFunction(
        (expected) => document.activeElement?.querySelector('.cons-body')?.textContent.includes(expected),
        { timeout: STEP_TIMEOUT },
        citizenReply,
      );
      // The page scrolls there smoothly: the screenshot waits for the reply to be in view.
      await citizen.waitForFunction(
        () => {
          const top = document.activeElement?.getBoundingClientRect().top ?? -1;
          return top >= 0 && top < window.innerHeight - 200;
        },
        { timeout: STEP_TIMEOUT },
      );
      log('the link from "my contributions" opens the thread and moves focus to the reply');
    } catch {
      failures.push('the link from "my contributions" did not bring the reply into view');
    }
    await screenshot(citizen, '6b-linked-reply', false);

    await representative.goto(`${BASE}/area-personale/contributi`, { waitUntil: 'networkidle0' });
    await waitForText(representative, 'Accolto');
    await screenshot(representative, '7-representative-contributions');
  } catch (error) {
    for (const [who, page] of Object.entries(pages))
      await screenshot(page, `failed-${who}`).catch(() => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

try {
  await run();
} catch (error) {
  failures.push(`step failed: ${error instanceof Error ? error.message : String(error)}`);
}
if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nLive consultation: all checks passed.');
}
