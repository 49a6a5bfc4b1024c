-- The W3C trace context of the transaction that wrote the row, so the relay can hand it to the
-- broker and the consumer continue the same trace. Null when tracing is off or nothing traced.
alter table outbox_message add column traceparent text;
