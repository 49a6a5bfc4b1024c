#!/usr/bin/env node
// Offline self-check of the demo record (demo/record.json) against the preserved source texts
// in demo/sources/. Needs nothing but Node 20: no platform, no network.
//
//   node demo/check.mjs                 check; exit 1 on any error
//   node demo/check.mjs --json          the same, statistics as JSON on stdout
//   node demo/check.mjs --where wikipedia "some quote"
//                                       every occurrence of a quote with its surroundings, to
//                                       choose a prefix/suffix that makes it unique
//
// What it checks is listed in demo/README.md ("The self-check").

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_DIR = path.dirname(fileURLToPath(import.meta.url));

export const KINDS = ['rally', 'counter_protest', 'attack', 'threat', 'restriction', 'arrest', 'petition', 'official_action', 'other'];
export const PROPERTIES = ['existence', 'date', 'place', 'attendance', 'injured', 'killed', 'arrested', 'signatures', 'actor',
  'summary', 'campaign', 'relation', 'kind', 'title', 'concerns', 'tally'];
export const SCOPES = ['online', 'transnational'];
export const RATINGS = ['reliable', 'mixed', 'state_affiliated', 'unreliable'];
export const AFFECTED = ['protesters', 'police', 'bystanders'];
export const TALLY_SUBJECTS = ['events', 'cities', 'countries'];
export const FIGURES = ['attendance', 'injured', 'killed', 'arrested'];
export const QUALIFIERS = ['exact', 'about', 'over', 'at_least', 'under', 'up_to', 'range'];
export const ESTIMATED_BY = ['organisers', 'police', 'media', 'officials', 'unknown'];
export const PLACE_PRECISIONS = ['venue', 'city', 'region', 'country'];
export const ACTOR_ROLES = ['organiser', 'perpetrator', 'authority', 'speaker', 'target'];
export const ACTOR_TYPES = ['person', 'organisation', 'state'];
export const RELATION_TYPES = ['follows', 'part_of', 'duplicate_of'];
export const DECISIONS = ['approve', 'reject', 'request_changes'];
export const CONTRIBUTORS = ['contributor1', 'contributor2', 'moderator1'];
export const MODERATORS = ['moderator1', 'moderator2'];
/** Kinds whose every claim reports violence, arrest or a threat, so needs two approvals. */
export const SENSITIVE_KINDS = ['attack', 'arrest', 'threat'];
/** Properties that report violence, death or arrest. */
export const SENSITIVE_PROPERTIES = ['injured', 'killed', 'arrested'];

// ISO 3166-1 alpha-2, officially assigned codes.
const ISO_3166_1 = new Set(`AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ
  BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
  ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO
  IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK
  ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR
  PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
  TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/));

const MARKER_KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;

// ------------------------------------------------------------------------------- quotes

/**
 * Every position where {prefix}{exact}{suffix} occurs in text, as the start of `exact`
 * (W3C TextQuoteSelector: prefix is the text immediately before, suffix immediately after).
 */
export function quotePositions(text, exact, prefix = '', suffix = '') {
  const found = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    if (prefix && !text.startsWith(prefix, i - prefix.length)) continue;
    if (i - prefix.length < 0) continue;
    if (suffix && !text.startsWith(suffix, i + exact.length)) continue;
    found.push(i);
  }
  return found;
}

/**
 * The folding the platform's quote checker applies (docs/product.md §2, issue 3): Unicode NFC,
 * typographic quotes and dashes to ASCII, runs of whitespace to one space.
 */
export function fold(s) {
  return s.normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

/** Checks one citation; returns a list of problems (empty when the quote identifies exactly one place). */
export function checkQuote(text, { exact, prefix, suffix }) {
  const problems = [];
  const raw = quotePositions(text, exact, prefix, suffix);
  const all = quotePositions(text, exact);
  if (all.length === 0) problems.push('exact not found verbatim in the source text');
  else if (raw.length === 0) problems.push(`exact occurs ${all.length}x but never with this prefix/suffix`);
  else if (raw.length > 1) problems.push(`ambiguous: occurs ${raw.length}x with this prefix/suffix (add or lengthen prefix/suffix)`);
  const folded = quotePositions(fold(text), fold(exact), prefix ? fold(prefix) : '', suffix ? fold(suffix) : '');
  if (all.length > 0 && folded.length !== 1) {
    problems.push(`after NFC/whitespace/quote folding it matches ${folded.length}x, not once`);
  }
  return problems;
}

// ------------------------------------------------------------------------------- dates

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** Parses one EDTF level-0 date into [first day, last day] (ISO strings), or null. */
function edtfBounds(s) {
  let m;
  if ((m = DAY.exec(s))) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
    return [s, s];
  }
  if ((m = MONTH.exec(s))) {
    if (+m[2] < 1 || +m[2] > 12) return null;
    const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
    return [`${s}-01`, `${s}-${String(last).padStart(2, '0')}`];
  }
  if ((m = YEAR.exec(s))) return [`${s}-01-01`, `${s}-12-31`];
  return null;
}

/**
 * Validates the EDTF forms the platform accepts (docs/product.md §2: day, month, interval, open end).
 * Returns {start, end, precision} or null.
 */
export function parseEdtf(s) {
  if (typeof s !== 'string') return null;
  if (!s.includes('/')) {
    const b = edtfBounds(s);
    if (!b) return null;
    return { start: b[0], end: b[1], precision: DAY.test(s) ? 'day' : MONTH.test(s) ? 'month' : 'year' };
  }
  const [a, z, ...rest] = s.split('/');
  if (rest.length) return null;
  const from = edtfBounds(a);
  if (!from) return null;
  if (z === '..') return { start: from[0], end: null, precision: 'open' };
  const to = edtfBounds(z);
  if (!to || to[1] < from[0]) return null;
  return { start: from[0], end: to[1], precision: 'range' };
}

// ------------------------------------------------------------------------------- the record

export function loadRecord(demoDir = DEMO_DIR) {
  const record = JSON.parse(fs.readFileSync(path.join(demoDir, 'record.json'), 'utf8'));
  const texts = {};
  for (const s of record.sources ?? []) {
    const file = path.join(demoDir, s.file ?? '');
    texts[s.key] = fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : null;
  }
  return { record, texts };
}

/** Whether a claim must have two approvals (docs/product.md §2, issue 4: violence, death, arrest, a named person). */
export function mustBeSensitive(claim, eventKind) {
  return SENSITIVE_KINDS.includes(eventKind)
    || SENSITIVE_PROPERTIES.includes(claim.property)
    || (claim.property === 'actor' && claim.value?.type === 'person');
}

/** A claim is treated as sensitive by the fixture when it carries two approvals. */
export function isSensitive(claim) {
  return (claim.decisions ?? []).filter((d) => d.decision === 'approve').length >= 2;
}

const isInt = (v) => Number.isInteger(v) && v >= 0;
const str = (v, max) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/** An incident with no place on a map: a scope and, when the source names them, the countries targeted. */
function checkScopedPlace(p, err) {
  if (!SCOPES.includes(p.scope)) err(`place.scope ${JSON.stringify(p.scope)}`);
  for (const k of Object.keys(p)) if (!['scope', 'targets'].includes(k)) err(`scoped place has field ${k}: it has no place on a map`);
  if ('targets' in p && !(Array.isArray(p.targets) && p.targets.length && p.targets.every((t) => ISO_3166_1.has(t)))) {
    err('place.targets must list ISO 3166-1 alpha-2 codes, or be left out');
  }
}

function checkPlace(p, err) {
  if (!p || typeof p !== 'object') return err('place missing');
  if ('scope' in p) return checkScopedPlace(p, err);
  if (!ISO_3166_1.has(p.countryCode)) err(`place.countryCode ${JSON.stringify(p.countryCode)} is not ISO 3166-1 alpha-2`);
  if (!PLACE_PRECISIONS.includes(p.precision)) err(`place.precision ${JSON.stringify(p.precision)}`);
  if (p.precision === 'city' && !str(p.city, 200)) err('place.precision city without city');
  if (p.precision === 'venue' && !str(p.venue, 200)) err('place.precision venue without venue');
  if (p.precision === 'country' && (p.city || p.venue || p.admin1)) err('place.precision country with city/venue/admin1');
  if ((p.lat == null) !== (p.lon == null)) err('place has only one of lat/lon');
  if (p.lat != null && !(typeof p.lat === 'number' && p.lat >= -90 && p.lat <= 90)) err('place.lat out of range');
  if (p.lon != null && !(typeof p.lon === 'number' && p.lon >= -180 && p.lon <= 180)) err('place.lon out of range');
  if (p.precision !== 'country' && p.lat == null) err('city/venue place without coordinates');
  const known = ['countryCode', 'admin1', 'city', 'venue', 'lat', 'lon', 'precision'];
  for (const k of Object.keys(p)) if (!known.includes(k)) err(`place has unknown field ${k}`);
}

function checkFigure(v, err, casualties = false) {
  const known = ['low', 'high', 'qualifier', 'estimatedBy', 'words', ...(casualties ? ['who'] : [])];
  if (v.who != null && !AFFECTED.includes(v.who)) err(`figure.who ${JSON.stringify(v.who)}`);
  for (const k of Object.keys(v)) if (!known.includes(k)) err(`figure has unknown field ${k}`);
  if (!('low' in v) || !('high' in v)) err('figure needs both low and high (null allowed)');
  if (v.low != null && !isInt(v.low)) err('figure.low must be a non-negative integer or null');
  if (v.high != null && !isInt(v.high)) err('figure.high must be a non-negative integer or null');
  if (v.low == null && v.high == null) err('figure without low and high');
  if (!QUALIFIERS.includes(v.qualifier)) err(`figure.qualifier ${JSON.stringify(v.qualifier)}`);
  if (!ESTIMATED_BY.includes(v.estimatedBy)) err(`figure.estimatedBy ${JSON.stringify(v.estimatedBy)}`);
  if (v.words != null && !str(v.words, 200)) err('figure.words must be a non-empty string');
  const q = v.qualifier;
  if ((q === 'exact' || q === 'about') && v.low !== v.high) err(`${q} figure needs low == high`);
  if ((q === 'over' || q === 'at_least') && (v.low == null || v.high != null)) err(`${q} figure needs low and high null`);
  if ((q === 'under' || q === 'up_to') && (v.high == null || v.low != null)) err(`${q} figure needs high and low null`);
  if (q === 'range' && !(v.low != null && v.high != null && v.low < v.high)) err('range figure needs low < high');
}

function checkValue(claim, err) {
  const v = claim.value;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return err('value must be an object');
  switch (claim.property) {
    case 'existence': {
      const known = ['kind', 'title', 'date', 'time', 'timezone', 'place', 'concerns', 'campaign'];
      for (const k of Object.keys(v)) if (!known.includes(k)) err(`existence value has unknown field ${k}`);
      if (!KINDS.includes(v.kind)) err(`kind ${JSON.stringify(v.kind)}`);
      if (!str(v.title, 200)) err('title missing or longer than 200');
      if (!parseEdtf(v.date)) err(`date ${JSON.stringify(v.date)} is not a supported EDTF date`);
      checkPlace(v.place, err);
      if (v.concerns != null) {
        if (!ISO_3166_1.has(v.concerns)) err(`concerns ${JSON.stringify(v.concerns)} is not ISO 3166-1`);
        if (v.concerns === v.place?.countryCode) err('concerns equals the place country (docs/product.md §2: only when it is not the place)');
      }
      if (v.campaign != null && !str(v.campaign, 200)) err('campaign must be a non-empty string');
      break;
    }
    case 'date':
      if (!parseEdtf(v.date)) err(`date ${JSON.stringify(v.date)}`);
      break;
    case 'place':
      checkPlace(v.place ?? v, err);
      break;
    case 'attendance': case 'arrested': case 'signatures':
      checkFigure(v, err);
      break;
    case 'injured': case 'killed':
      checkFigure(v, err, true);
      break;
    case 'kind':
      if (!KINDS.includes(v.kind)) err(`kind ${JSON.stringify(v.kind)}`);
      break;
    case 'title':
      if (!str(v.title, 200)) err('title missing or longer than 200');
      break;
    case 'concerns':
      if (!ISO_3166_1.has(v.concerns)) err(`concerns ${JSON.stringify(v.concerns)} is not ISO 3166-1`);
      break;
    case 'tally': {
      for (const k of Object.keys(v)) if (!['kind', 'place', 'period', 'count', 'subject'].includes(k)) err(`tally value has unknown field ${k}`);
      if (!KINDS.includes(v.kind)) err(`kind ${JSON.stringify(v.kind)}`);
      if (!parseEdtf(v.period)) err(`period ${JSON.stringify(v.period)} is not a supported EDTF date`);
      if (v.place != null && !('scope' in v.place) && !ISO_3166_1.has(v.place.countryCode)) err('tally place needs a countryCode or a scope');
      if (!v.count || typeof v.count !== 'object') err('tally count missing');
      else checkFigure(v.count, err);
      if (!TALLY_SUBJECTS.includes(v.subject)) err(`tally subject ${JSON.stringify(v.subject)}`);
      break;
    }
    case 'actor':
      if (!str(v.name, 200)) err('actor.name');
      if (!ACTOR_ROLES.includes(v.role)) err(`actor.role ${JSON.stringify(v.role)}`);
      if (!ACTOR_TYPES.includes(v.type)) err(`actor.type ${JSON.stringify(v.type)}`);
      break;
    case 'summary':
      if (!str(v.text, 2000)) err('summary.text missing or longer than 2000');
      break;
    case 'campaign':
      if (!str(v.name, 200)) err('campaign.name');
      break;
    case 'relation':
      if (!RELATION_TYPES.includes(v.type)) err(`relation.type ${JSON.stringify(v.type)}`);
      break;
    default:
      err(`unknown property ${JSON.stringify(claim.property)}`);
  }
}

/**
 * Checks the whole record. Returns {errors: string[], stats}. Each error names the report key,
 * claim index and property, so it can be found in record.json.
 */
export function checkRecord(demoDir = DEMO_DIR) {
  const errors = [];
  let record, texts;
  try {
    ({ record, texts } = loadRecord(demoDir));
  } catch (e) {
    return { errors: [`record.json: ${e.message}`], stats: null };
  }

  const sourceKeys = new Set();
  for (const s of record.sources ?? []) {
    const err = (m) => errors.push(`source ${s.key}: ${m}`);
    if (!MARKER_KEY.test(s.key ?? '')) err('key must be lower-case letters, digits and dashes');
    if (sourceKeys.has(s.key)) err('duplicate key');
    sourceKeys.add(s.key);
    if (texts[s.key] == null) err(`file ${s.file} missing`);
    else if (!texts[s.key].trim()) err(`file ${s.file} is empty`);
    if (!/^https?:\/\/[^\s/]+\.[^\s/]+\/\S*$/.test(s.url ?? '')) err('url must be an absolute http(s) URL');
    for (const f of ['title', 'publisher', 'language']) if (!str(s[f], 500)) err(`${f} missing`);
    if (!RATINGS.includes(s.rating)) err(`rating ${JSON.stringify(s.rating)}: each demo publisher is rated (${RATINGS.join(', ')})`);
    if (s.publishedAt != null && !DAY.test(s.publishedAt)) err('publishedAt must be YYYY-MM-DD or null');
  }
  if (!sourceKeys.size) errors.push('no sources');

  const reports = new Map(); // key -> {report, eventKey, kind, countryCode}
  const stats = {
    reports: 0, events: 0, tallies: 0, countries: new Set(), claims: 0, sensitiveClaims: 0, citations: 0,
    decisions: 0, byKind: {}, byProperty: {}, bySubmitter: {}, byPrecision: {},
  };

  for (const [ri, r] of (record.reports ?? []).entries()) {
    const where = `report ${r.key ?? '#' + ri}`;
    const err = (m) => errors.push(`${where}: ${m}`);
    if (!MARKER_KEY.test(r.key ?? '')) err('key must be lower-case letters, digits and dashes (≤ 80)');
    if (reports.has(r.key)) err('duplicate key');
    if (!CONTRIBUTORS.includes(r.by)) err(`by ${JSON.stringify(r.by)} is not one of ${CONTRIBUTORS.join(', ')}`);
    if (r.note != null && !str(r.note, 1000)) err('note must be a non-empty string ≤ 1000');
    const claims = Array.isArray(r.claims) ? r.claims : [];
    if (!claims.length) err('no claims');
    const existence = claims.filter((c) => c.property === 'existence');

    let eventKey, kind, countryCode;
    if (r.event?.new === true && !('ref' in r.event)) {
      if (existence.length !== 1 || claims[0]?.property !== 'existence') err('a new event needs exactly one existence claim, first');
      eventKey = r.key;
      kind = existence[0]?.value?.kind;
      countryCode = existence[0]?.value?.place?.countryCode;
    } else if (typeof r.event?.ref === 'string' && !('new' in r.event)) {
      const target = reports.get(r.event.ref);
      if (!target) err(`event.ref ${JSON.stringify(r.event.ref)} is not the key of an earlier report`);
      if (existence.length) err('a report about an existing event carries no existence claim');
      eventKey = target?.eventKey;
      kind = target?.kind;
      countryCode = target?.countryCode;
    } else if (r.event?.tally === true && Object.keys(r.event).length === 1) {
      // counts of many events, about none: the platform keeps them apart and never counts them as events
      if (claims.some((c) => c.property !== 'tally')) err('a report of tallies holds tally claims only');
      for (const c of claims) {
        kind = c.value?.kind;
        if (c.value?.place?.countryCode) stats.countries.add(c.value.place.countryCode);
      }
      stats.tallies += claims.length;
    } else {
      err('event must be {"new": true}, {"ref": "<earlier report key>"} or {"tally": true}');
    }
    reports.set(r.key, { report: r, eventKey, kind, countryCode });

    stats.reports++;
    stats.bySubmitter[r.by] = (stats.bySubmitter[r.by] ?? 0) + 1;
    if (r.event?.new) {
      stats.events++;
      if (countryCode) stats.countries.add(countryCode);
      stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
      const prec = existence[0]?.value?.place?.precision;
      stats.byPrecision[prec] = (stats.byPrecision[prec] ?? 0) + 1;
    }

    for (const [ci, c] of claims.entries()) {
      const cerr = (m) => errors.push(`${where} claim ${ci} (${c.property}): ${m}`);
      const known = ['property', 'value', 'citations', 'decisions'];
      for (const k of Object.keys(c)) if (!known.includes(k)) cerr(`unknown field ${k}`);
      if (!PROPERTIES.includes(c.property)) cerr('unknown property');
      checkValue(c, cerr);
      if (c.property === 'relation') {
        const target = reports.get(c.value?.event);
        if (!target) cerr(`relation.event ${JSON.stringify(c.value?.event)} is not the key of an earlier report`);
        else if (target.eventKey === eventKey) cerr('relation to its own event');
      }

      const cits = Array.isArray(c.citations) ? c.citations : [];
      if (!cits.length) cerr('no citations');
      if (cits.length > 10) cerr('more than 10 citations');
      for (const [qi, q] of cits.entries()) {
        const qerr = (m) => cerr(`citation ${qi} ${JSON.stringify((q.exact ?? '').slice(0, 60))}: ${m}`);
        for (const k of Object.keys(q)) if (!['source', 'exact', 'prefix', 'suffix'].includes(k)) qerr(`unknown field ${k}`);
        if (!sourceKeys.has(q.source)) { qerr(`source ${JSON.stringify(q.source)} unknown`); continue; }
        if (!str(q.exact, 1000)) { qerr('exact must be a non-empty string ≤ 1000'); continue; }
        if (q.exact !== q.exact.trim()) qerr('exact starts or ends with whitespace');
        for (const f of ['prefix', 'suffix']) if (q[f] != null && (typeof q[f] !== 'string' || !q[f].length || q[f].length > 200)) qerr(`${f} must be a non-empty string ≤ 200`);
        if (texts[q.source] != null) for (const p of checkQuote(texts[q.source], q)) qerr(p);
        stats.citations++;
      }

      const decisions = Array.isArray(c.decisions) ? c.decisions : [];
      if (!decisions.length) cerr('no decisions');
      const deciders = new Set();
      for (const d of decisions) {
        if (!MODERATORS.includes(d.by)) cerr(`decision by ${JSON.stringify(d.by)}: not a moderator`);
        if (d.by === r.by) cerr(`decision by ${d.by}, who submitted the claim`);
        if (deciders.has(d.by)) cerr(`${d.by} decides twice`);
        deciders.add(d.by);
        if (!DECISIONS.includes(d.decision)) cerr(`decision ${JSON.stringify(d.decision)}`);
        if (d.decision !== 'approve') cerr('the demo record publishes every claim: decisions must be approve');
        if (d.reason != null && !str(d.reason, 1000)) cerr('reason must be a non-empty string');
        stats.decisions++;
      }
      const approvals = decisions.filter((d) => d.decision === 'approve').length;
      if (approvals > 2) cerr('more than two approvals');
      if (mustBeSensitive(c, kind) && approvals < 2) {
        cerr(`sensitive (${SENSITIVE_KINDS.includes(kind) ? `kind ${kind}` : c.property === 'actor' ? 'names a person' : c.property}): needs approvals by moderator1 and moderator2`);
      }
      if (approvals === 2 && r.by === 'moderator1') cerr('sensitive claims cannot be submitted by moderator1 (only moderator2 could decide)');

      stats.claims++;
      if (isSensitive(c)) stats.sensitiveClaims++;
      stats.byProperty[c.property] = (stats.byProperty[c.property] ?? 0) + 1;
    }
  }

  if (stats.events < 40) errors.push(`only ${stats.events} events (issue 6 asks for at least 40)`);
  // countries of events and of tallies: the record and what its sources report (issue 13)
  if (stats.countries.size < 30) errors.push(`only ${stats.countries.size} countries (issue 6 asks for at least 30)`);
  return { errors, stats: { ...stats, countries: [...stats.countries].sort() } };
}

export function printStats(stats, out = console.log) {
  out(`reports ${stats.reports}, events ${stats.events}, tallies ${stats.tallies}, countries ${stats.countries.length}, claims ${stats.claims} (sensitive ${stats.sensitiveClaims}), citations ${stats.citations}, decisions ${stats.decisions}`);
  out(`  countries: ${stats.countries.join(' ')}`);
  out(`  events by kind: ${Object.entries(stats.byKind).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  out(`  events by place precision: ${Object.entries(stats.byPrecision).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  out(`  claims by property: ${Object.entries(stats.byProperty).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  out(`  reports by submitter: ${Object.entries(stats.bySubmitter).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}

function where(sourceKey, quote) {
  const { record, texts } = loadRecord();
  const text = texts[sourceKey];
  if (text == null) {
    console.error(`unknown source ${sourceKey}; one of ${record.sources.map((s) => s.key).join(', ')}`);
    return 2;
  }
  const found = quotePositions(text, quote);
  for (const [n, i] of found.entries()) {
    console.log(`#${n + 1} at ${i}`);
    console.log(`  before: ${JSON.stringify(text.slice(Math.max(0, i - 80), i))}`);
    console.log(`  after:  ${JSON.stringify(text.slice(i + quote.length, i + quote.length + 80))}`);
  }
  console.log(`${found.length} occurrence(s)`);
  return found.length ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--where') {
    process.exitCode = where(args[1], args.slice(2).join(' '));
  } else {
    const { errors, stats } = checkRecord();
    if (args.includes('--json')) console.log(JSON.stringify({ ok: errors.length === 0, errors, stats }, null, 2));
    else if (stats) printStats(stats);
    for (const e of errors) console.error(`ERROR ${e}`);
    if (errors.length) console.error(`${errors.length} error(s)`);
    else (args.includes('--json') ? console.error : console.log)('record OK: every quote occurs exactly once in its source, shapes and decisions valid');
    process.exitCode = errors.length ? 1 : 0;
  }
}
