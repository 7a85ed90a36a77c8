import { describe, expect, it } from 'vitest';
import { DailyTally, dayOf } from './aggregate.ts';

describe('dayOf', () => {
  it('gives the calendar date in the site\'s time zone, summer and winter time alike', () => {
    expect(dayOf(new Date('2027-03-01T22:59:59Z'), 'Europe/Amsterdam')).toBe('2027-03-01');
    expect(dayOf(new Date('2027-03-01T23:00:00Z'), 'Europe/Amsterdam')).toBe('2027-03-02');
    expect(dayOf(new Date('2027-07-01T21:59:59Z'), 'Europe/Amsterdam')).toBe('2027-07-01');
    expect(dayOf(new Date('2027-07-01T22:00:00Z'), 'Europe/Amsterdam')).toBe('2027-07-02');
    expect(dayOf(new Date('2027-07-01T22:00:00Z'), 'UTC')).toBe('2027-07-01');
  });
});

describe('DailyTally', () => {
  it('counts a hand-off as a step from the page to its hand-off route, which its CTA links', () => {
    const tally = new DailyTally();
    tally.add('2027-03-01', { kind: 'handoff', page: '/bus/tickets/' });
    tally.add('2027-03-01', { kind: 'handoff', page: '/bus/tickets/' });
    expect(tally.counts().steps).toEqual([{ day: '2027-03-01', from: '/bus/tickets/', to: '/_wegwijzer/naar/bus/tickets/', steps: 2 }]);
  });

  it('adds up hits per day into rows; a view with a `from` is also a step', () => {
    const tally = new DailyTally();
    tally.add('2027-03-01', { kind: 'view', page: '/a/' });
    tally.add('2027-03-01', { kind: 'view', page: '/b/', from: '/a/' });
    tally.add('2027-03-01', { kind: 'view', page: '/b/', from: '/a/' });
    tally.add('2027-03-02', { kind: 'view', page: '/b/' });
    tally.add('2027-03-02', { kind: 'download', download: 'gids', from: '' });
    tally.add('2027-03-02', { kind: 'lead', leadKind: 'download', download: 'gids', page: '/c/', persona: 'ouders', phase: 'beslissing' });
    // An event may share a download's id: its sign-ups are a row of their own.
    tally.add('2027-03-02', { kind: 'lead', leadKind: 'event', download: 'gids', page: '/c/', persona: 'ouders', phase: 'beslissing' });
    expect(tally.counts()).toEqual({
      views: [
        { day: '2027-03-01', page: '/a/', views: 1 },
        { day: '2027-03-01', page: '/b/', views: 2 },
        { day: '2027-03-02', page: '/b/', views: 1 },
      ],
      steps: [{ day: '2027-03-01', from: '/a/', to: '/b/', steps: 2 }],
      downloads: [{ day: '2027-03-02', download: 'gids', from: '', downloads: 1 }],
      leads: [
        { day: '2027-03-02', kind: 'download', download: 'gids', page: '/c/', persona: 'ouders', phase: 'beslissing', leads: 1 },
        { day: '2027-03-02', kind: 'event', download: 'gids', page: '/c/', persona: 'ouders', phase: 'beslissing', leads: 1 },
      ],
    });
  });
});
