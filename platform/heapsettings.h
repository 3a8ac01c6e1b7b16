#pragma once

namespace rapport {

/**
 * How the app's memory allocator treats the few-MiB buffers of a sync: call once, first thing in
 * main, before any thread starts.
 *
 * A snapshot or pull answer arrives as a buffer of about 4 MiB once decompressed, one after
 * another. By default (glibc) a buffer that large is mapped for itself and given back when freed,
 * and free memory atop the heap is handed back once it passes twice that size, so every answer
 * touches fresh pages that the kernel must fault in again: at 100,000 clients about 470,000 page
 * faults for a device whose process had already grown and shrunk its heap (8.9 s of its UI
 * thread), against about 22,000 for one that had not. Buffers up to 8 MiB come from the heap
 * instead, and up to 16 MiB of free heap is kept for the next answer. Elsewhere (other C
 * libraries) this does nothing.
 */
void keepHeapForSyncAnswers();

} // namespace rapport
