/**
 * What a cited URL is: its normal form (one source per page however it is spelled), the
 * publisher's registrable domain, and the guard that keeps any fetch off private and internal
 * addresses.
 */
package org.vigil.sources.url;
