/**
 * Live changes: the {@code changes} subscription, fed by the embedded database's commits (every curated write and
 * every seed load), over WebSocket and Server-Sent Events, with a bounded number of subscribers and a bounded
 * backlog each.
 */
@NullMarked
package com.fintechkg.kg.live;

import org.jspecify.annotations.NullMarked;
