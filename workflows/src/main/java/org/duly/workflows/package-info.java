/**
 * The engine (case timeline + policy + as-of date to schedule) and the built-in policy packs.
 * Reads no clock, file, network or environment: dates, calendars and policies are passed in.
 */
package org.duly.workflows;
