/**
 * Paging shared by every list: keyset cursors, page info, the bounds of page sizes.
 */
@NullMarked
package com.fintechkg.kg.paging;

import org.jspecify.annotations.NullMarked;
