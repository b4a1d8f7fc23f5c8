#pragma once

#include "server/jsonbody.h"

namespace shopdesk::server {

// The fields of a Customer object a client may write (POST /customers, PATCH
// /customers/{id}), checked for type, length, count, e-mail, language and country. merged_into
// and erased are the server's to set: a client writing them gets unknown_field.
class CustomerFields
{
public:
    static constexpr int maxEntries = 10; // phones, addresses

    // Checks body; its error says what is wrong (the field as "phones[2].number").
    static void check(JsonBody &body, bool creating);
    // "language": a BCP 47 code such as "de" or "pt-BR", else `invalid_language`.
    static void checkLanguage(JsonBody &body);

private:
    static void checkPhones(JsonBody &body);
    static void checkAddresses(JsonBody &body);
    static void checkEmail(JsonBody &body);
};

} // namespace shopdesk::server
