// A live vote in two real browsers against a running app (`npm start`): the chair of the Cabina di
// Regia convenes a meeting through the UI, opens it, records attendance and opens a vote; a member
// casts a ballot in their own browser; the chair's page must show the new turnout without a reload.
// Also checks every page visited with axe-core (WCAG 2.1 A/AA rules). Exits non-zero on any failure.
//
//   node tools/browser/live-vote.mjs [--base http://localhost:3000] [--out /tmp]
//
// Needs a Chromium at /usr/bin/chromium (or CHROMIUM_PATH) and the demo data of `npm start`.
// Functions passed to page.evaluate and waitForFunction run in the browser, hence its globals.
/* global document, window, location, HTMLInputElement */
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
const CHAIR = 'presidente.cabina@piano2030.demo';
const MEMBER = 'camera1@piano2030.demo';
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

const failures = [];
const log = (message) => console.log(`- ${message}`);

function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    defaultViewport: { width: 1280, height: 1800 },
  });
}

/** Italian wall-clock `YYYY-MM-DDTHH:mm`, `minutes` from now: the value the app's datetime fields take. */
function romeLocal(minutesFromNow) {
  const date = new Date(Date.now() + minutesFromNow * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Rome',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const byRole = (role, name) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;

async function waitForText(page, text, timeout = STEP_TIMEOUT) {
  await page.waitForFunction((expected) => document.body.innerText.includes(expected), { timeout }, text);
}

async function click(page, selector) {
  const element = await page.waitForSelector(selector, { visible: true, timeout: STEP_TIMEOUT });
  await element.click();
}

/** Sets an input's value the way a user's typing does, so React sees the change (datetime fields too). */
async function fill(page, selector, value) {
  const element = await page.waitForSelector(selector, { timeout: STEP_TIMEOUT });
  await element.evaluate((input, next) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, next);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function screenshot(page, name) {
  const file = path.join(options.out, `live-vote-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  log(`screenshot ${file}`);
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

async function run() {
  const chairBrowser = await launch();
  const memberBrowser = await launch();
  try {
    const chair = await chairBrowser.newPage();
    const member = await memberBrowser.newPage();
    for (const [who, page] of [
      ['chair', chair],
      ['member', member],
    ]) {
      page.on('pageerror', (error) => failures.push(`${who}: page error ${error.message}`));
      // The app's Content-Security-Policy forbids inline scripts, which is how axe-core gets in.
      await page.setBypassCSP(true);
    }

    await signIn(chair, CHAIR);
    await chair.goto(`${BASE}/organi`, { waitUntil: 'networkidle0' });
    await checkAccessibility(chair, '/organi');
    await click(chair, byRole('link', 'Cabina di Regia'));
    await chair.waitForSelector('#schedule-title', { timeout: STEP_TIMEOUT });
    await checkAccessibility(chair, 'the Cabina page, as its chair');

    const title = `Seduta straordinaria ${new Date().toISOString().slice(11, 19)}`;
    await chair.type('#schedule-title', title);
    await fill(chair, '#schedule-starts-at', romeLocal(5));
    await chair.type('#schedule-place', 'Palazzo Ducale, Lucca');
    await chair.type('#schedule-link', 'https://meet.example.org/cabina-straordinaria');
    await chair.type('[id^="agenda-"][id$="-title"]', 'Calendario delle consultazioni di primavera');
    await chair.select('[id^="agenda-"][id$="-areaCode"]', 'PS6');
    await screenshot(chair, '1-convene-form');
    await click(chair, byRole('button', 'Convoca la seduta'));
    await chair.waitForFunction(() => location.pathname.startsWith('/sedute/'), { timeout: STEP_TIMEOUT });
    const meetingUrl = chair.url();
    log(`meeting convened: ${meetingUrl}`);

    await click(chair, byRole('button', 'Apri la seduta'));
    await waitForText(chair, 'La seduta è aperta.');
    await chair.waitForSelector('input[type="radio"][value="PRESENT"]', { timeout: STEP_TIMEOUT });
    for (const radio of await chair.$$('input[type="radio"][value="PRESENT"]')) await radio.click();
    await click(chair, byRole('button', 'Registra le presenze'));
    await waitForText(chair, 'Presenze registrate.');
    await waitForText(chair, 'Quorum raggiunto');
    log('meeting opened, attendance recorded, quorum reached');

    await click(chair, byRole('button', 'Apri una votazione sul punto 1'));
    await click(chair, byRole('button', 'Apri la votazione'));
    await waitForText(chair, 'Votazione aperta.');
    await waitForText(chair, '0 di 6 hanno votato');
    await waitForText(chair, 'Aggiornamenti in tempo reale attivi');
    await waitForText(chair, 'I risultati sono visibili alla chiusura.');
    await screenshot(chair, '2-chair-vote-open');
    await checkAccessibility(chair, 'the meeting page, as its chair');

    await signIn(member, MEMBER);
    await member.goto(meetingUrl, { waitUntil: 'networkidle0' });
    await waitForText(member, 'Aggiornamenti in tempo reale attivi');
    // With the keyboard alone: focus the button, press Enter; focus must stay on it afterwards.
    const favour = await member.waitForSelector(byRole('button', 'Favorevole'), { timeout: STEP_TIMEOUT });
    await favour.focus();
    await member.keyboard.press('Enter');
    await waitForText(member, 'Voto registrato: Favorevole.');
    const focused = await member.evaluate(() => document.activeElement?.textContent);
    if (focused !== 'Favorevole')
      failures.push(`after voting, focus is on "${focused}", not on the button pressed`);
    await screenshot(member, '3-member-voted');
    await checkAccessibility(member, 'the meeting page, as a member who voted');

    try {
      await waitForText(chair, '1 di 6 hanno votato', 10_000);
      log("the chair's page shows the member's vote without a reload");
    } catch {
      failures.push("the chair's page did not show the new turnout (1 di 6) without a reload");
    }
    await screenshot(chair, '4-chair-sees-turnout');

    await click(chair, byRole('button', 'Contrario'));
    await waitForText(chair, 'Voto registrato: Contrario.');
    try {
      await waitForText(member, '2 di 6 hanno votato', 10_000);
      log("the member's page shows the chair's vote without a reload");
    } catch {
      failures.push("the member's page did not show the new turnout (2 di 6) without a reload");
    }

    await click(chair, byRole('button', 'Chiudi la votazione'));
    await chair.waitForFunction(
      () => /Votazione chiusa: delibera n\. \d+\/\d{4}/.test(document.body.innerText),
      {
        timeout: STEP_TIMEOUT,
      },
    );
    try {
      await member.waitForFunction(() => /Delibera n\. \d+\/\d{4}/.test(document.body.innerText), {
        timeout: 10_000,
      });
      log("the member's page shows the decision without a reload");
    } catch {
      failures.push("the member's page did not show the decision without a reload");
    }
    await screenshot(chair, '5-chair-vote-closed');
    await screenshot(member, '6-member-sees-decision');

    await member.goto(`${BASE}/delibere`, { waitUntil: 'networkidle0' });
    await click(member, 'button[aria-controls^="roll-call-"]');
    await waitForText(member, 'Appello nominale della delibera');
    await screenshot(member, '7-register-roll-call');
    await checkAccessibility(member, '/delibere with a roll call open');
  } finally {
    await Promise.all([chairBrowser.close(), memberBrowser.close()]);
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
  console.log('\nLive vote: all checks passed.');
}
