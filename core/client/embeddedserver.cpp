#include "client/embeddedserver.h"

namespace shopdesk::client {

namespace {

EmbeddedServer::Factory &factory()
{
    static EmbeddedServer::Factory installed;
    return installed;
}

} // namespace

void EmbeddedServer::installFactory(Factory make)
{
    factory() = std::move(make);
}

std::unique_ptr<EmbeddedServer> EmbeddedServer::create()
{
    return factory() ? factory()() : nullptr;
}

} // namespace shopdesk::client
