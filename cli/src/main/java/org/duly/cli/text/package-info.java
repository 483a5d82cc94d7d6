/**
 * The text formats every report and catalogue writes, escaped in one place: CSV fields and records
 * as RFC 4180 gives them, and text for HTML.
 */
package org.duly.cli.text;
