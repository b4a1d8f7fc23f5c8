#pragma once

#include <memory>

// GMime is a GLib library: its objects are reference counted GObjects. Its headers stay out of
// the library's public headers, so only the .cpp files that talk to it include this. GIO names a
// struct member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

namespace shopdesk::mail {

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};

// Owns one reference to a GMime object.
template<typename T>
using GMimeHandle = std::unique_ptr<T, GObjectUnref>;

// g_mime_init() once per process, from whichever thread gets here first.
void ensureGMime();

} // namespace shopdesk::mail
