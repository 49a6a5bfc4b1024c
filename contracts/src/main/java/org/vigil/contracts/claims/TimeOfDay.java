package org.vigil.contracts.claims;

/**
 * The local time an event began (docs/product.md §2 Event: "Optional local time"), as a source
 * gives it: {@code time} is {@code HH:mm}; {@code timezone} the place's IANA zone
 * ({@code Europe/London}) or a UTC offset ({@code +01:00}), {@code null} when the source gives
 * neither (the time is then the local time of the place, its offset unknown).
 */
public record TimeOfDay(String time, String timezone) {}
