/** The annotations users write: search-space annotations on record components and fields. */
package dev.parzen.annotations;
