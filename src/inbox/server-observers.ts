/**
 * The inbox server's extension point for whoever wants to know what it served (page views,
 * same-site steps, downloads): one registry of response observers. The server calls each
 * observer once per finished response, after the last byte was handed to the network, so an
 * observer cannot delay or change it; an observer that throws (or returns a promise that
 * rejects) is logged and otherwise ignored. Add an observer by adding one entry here.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { journeyStatsObserver } from '../stats/server.ts';

export interface ObservedRequest {
  method: string;
  /** The request target as received: the path with its query string, e.g. `/bus/?utm_source=poster`. */
  path: string;
  /** As the site saw them: forwarding headers of a proxy that is not trusted are already removed. */
  headers: IncomingHttpHeaders;
}

export interface ObservedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
}

export type ResponseObserver = (request: ObservedRequest, response: ObservedResponse) => void;

/** Journey measurement (src/stats): page views, same-site steps and downloads per day. */
export const RESPONSE_OBSERVERS: ResponseObserver[] = [journeyStatsObserver];
