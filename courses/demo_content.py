"""Demo content for the course „Respectvol omgaan met elkaar en waar je hulp vindt”.

Four short Dutch lessons (data only) as StreamField blocks, plus English and
Vietnamese translations keyed by each Dutch translation segment: titles, slugs,
content warnings, block texts and the inner text of every <p> and <li>.
"""

LESSONS = [
    {
        "title": "Wat is ongewenst gedrag en waarom doet het ertoe?",
        "slug": "wat-is-ongewenst-gedrag",
        "minutes": 6,
        "content_warning": "",
        "body": [
            ("heading", {"text": "Waar hebben we het over?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ongewenst gedrag is gedrag op het werk dat iemand als kwetsend, bedreigend "
                    "of vernederend ervaart. Bepalend is niet wat de ander bedoelde, maar welk "
                    "effect het heeft op degene die het meemaakt.</p>"
                    "<p>Soms is het één duidelijk voorval. Vaker gaat het om een reeks kleine "
                    "opmerkingen en handelingen die zich langzaam opstapelen.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Er zijn vijf vormen, die vaak ook samen voorkomen:</p>"
                    "<ul><li>Pesten: iemand herhaaldelijk buitensluiten, belachelijk maken of het "
                    "werk onmogelijk maken.</li>"
                    "<li>Seksuele intimidatie: ongewenste seksueel getinte opmerkingen, blikken, "
                    "berichten of aanrakingen.</li>"
                    "<li>Agressie en geweld: uitschelden, bedreigen, schreeuwen of fysiek "
                    "aanvallen, door een collega maar ook door een klant of bezoeker.</li>"
                    "<li>Discriminatie: iemand anders behandelen vanwege bijvoorbeeld afkomst, "
                    "geloof, geslacht, leeftijd, een beperking of seksuele oriëntatie.</li>"
                    "<li>Intimidatie: iemand onder druk zetten, bang maken of kleineren, vaak "
                    "vanuit een sterkere positie.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Twijfel je of iets over de grens gaat? Vraag je dan af hoe het "
                        "overkomt bij degene die het meemaakt. Je hoeft het niet zeker te weten om "
                        "er met de vertrouwenspersoon over te praten.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Niet elk meningsverschil is ongewenst gedrag. Kritiek op je werk, een "
                    "stevige discussie of een leidinggevende die afspraken bewaakt, hoort bij "
                    "normaal samenwerken, zolang het respectvol gebeurt.</p>"
                    "<p>Het wordt anders als iemand wordt vernederd, buitengesloten of bedreigd, "
                    "of als het gedrag zich blijft herhalen terwijl duidelijk is dat het pijn "
                    "doet.</p>"
                ),
            ),
            ("heading", {"text": "Waarom het ertoe doet", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ongewenst gedrag heeft echte gevolgen. Mensen slapen slechter, krijgen "
                    "last van stress, durven minder te zeggen of melden zich ziek.</p>"
                    "<p>Ook het team lijdt eronder. Waar mensen zich niet veilig voelen, worden "
                    "fouten verzwegen, loopt de samenwerking stroef en vertrekken goede "
                    "mensen.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In Nederland staat dit ook in de wet. Volgens de Arbowet moet elke "
                    "werkgever beleid hebben tegen psychosociale arbeidsbelasting, en ongewenst "
                    "gedrag hoort daarbij. De Wet gelijke behandeling verbiedt bovendien "
                    "discriminatie.</p>"
                    "<p>Onze organisatie neemt die verantwoordelijkheid serieus. Daarom zijn er "
                    "duidelijke afspraken over hoe we met elkaar omgaan, volg je deze training en "
                    "kun je altijd terecht bij een vertrouwenspersoon.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ik bedoelde het als grap, maar daar ging het niet om. Pas toen een "
                        "collega rustig uitlegde wat mijn opmerkingen met iemand deden, zag ik "
                        "het."
                    ),
                    "attribution": "Een teamleider (fictief voorbeeld)",
                },
            ),
            (
                "knowledge_check",
                {
                    "question": (
                        "Een collega maakt in elk overleg een grap over de leeftijd van een "
                        "teamlid. Het teamlid lacht mee, maar zegt steeds minder. Wat is hier het "
                        "belangrijkste om te zien?"
                    ),
                    "multiple": False,
                    "options": [
                        {
                            "label": "Het is als grap bedoeld, dus het is geen ongewenst gedrag.",
                            "correct": False,
                            "feedback": (
                                "De bedoeling is niet de maatstaf. Herhaalde grappen over iemands "
                                "leeftijd kunnen kwetsen en zelfs discriminerend zijn."
                            ),
                        },
                        {
                            "label": (
                                "Het effect op het teamlid telt, en het terugkerende patroon is "
                                "een signaal van ongewenst gedrag."
                            ),
                            "correct": True,
                            "feedback": (
                                "Klopt. Het gaat om hoe het gedrag aankomt. Dat het teamlid "
                                "stiller wordt, is een belangrijk signaal, ook al lacht hij of zij "
                                "mee."
                            ),
                        },
                        {
                            "label": "Omdat het teamlid meelacht, is er niets aan de hand.",
                            "correct": False,
                            "feedback": (
                                "Meelachen is vaak een manier om een ongemakkelijk moment door te "
                                "komen. Het zegt weinig over hoe iemand zich echt voelt."
                            ),
                        },
                        {
                            "label": "Alleen de leidinggevende kan bepalen of dit te ver gaat.",
                            "correct": False,
                            "feedback": (
                                "Iedereen mag zeggen dat iets te ver gaat. Of gedrag ongewenst is, "
                                "hangt af van het effect, niet van wie de leiding heeft."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "title": "Als je het zelf meemaakt",
        "slug": "als-je-het-zelf-meemaakt",
        "minutes": 6,
        "content_warning": (
            "Deze les gaat over ervaringen met ongewenst gedrag, zoals seksuele intimidatie en "
            "agressie. Neem de tijd, pauzeer wanneer je wilt en stop als het te veel wordt. Je "
            "kunt altijd contact opnemen met de vertrouwenspersoon."
        ),
        "body": [
            ("heading", {"text": "Jij bepaalt wat er gebeurt", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wie ongewenst gedrag meemaakt, voelt vaak twijfel, schaamte of boosheid. "
                    "Al die gevoelens zijn begrijpelijk. Het is nooit jouw schuld als een ander "
                    "over je grens gaat.</p>"
                    "<p>Er is geen goede of foute manier om te reageren. Jij kiest wat bij jou en "
                    "de situatie past, in je eigen tempo.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Dit zijn je mogelijkheden. Je kunt ze combineren of er later alsnog voor "
                    "kiezen:</p>"
                    "<ul><li>Praten met iemand die je vertrouwt, zoals een collega, vriend of "
                    "familielid.</li>"
                    "<li>Zelf de ander aanspreken, als je dat veilig vindt, en duidelijk zeggen "
                    "wat je niet wilt.</li>"
                    "<li>Contact opnemen met de vertrouwenspersoon, voor een luisterend oor en om "
                    "samen je opties te verkennen.</li>"
                    "<li>Een informeel gesprek, of bemiddeling door een neutrale derde, om het "
                    "gedrag te laten stoppen.</li>"
                    "<li>Een formele klacht indienen bij de klachtencommissie.</li>"
                    "<li>Hulp zoeken buiten de organisatie, bijvoorbeeld bij je huisarts, of "
                    "aangifte doen bij de politie als het om een strafbaar feit gaat.</li></ul>"
                ),
            ),
            (
                "callout",
                {"kind": "warning", "text": "<p>Ben je in acuut gevaar? Bel dan meteen 112.</p>"},
            ),
            ("heading", {"text": "Aantekeningen maken", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Het helpt om op te schrijven wat er is gebeurd, het liefst zo snel "
                    "mogelijk. Een herinnering vervaagt, terwijl details later juist belangrijk "
                    "kunnen zijn. Noteer bijvoorbeeld:</p>"
                    "<ul><li>Wanneer en waar het gebeurde.</li>"
                    "<li>Wat er werd gezegd of gedaan, zo letterlijk mogelijk.</li>"
                    "<li>Wie er nog meer bij waren of het gezien kunnen hebben.</li>"
                    "<li>Hoe je je daarna voelde en wat het met je werk deed.</li></ul>"
                    "<p>Bewaar ook berichten, e-mails en schermafbeeldingen. Zet alles op een plek "
                    "waar alleen jij bij kunt, dus niet op een gedeelde schijf.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Aantekeningen verplichten je tot niets. Niemand dwingt je om een melding "
                    "of klacht te doen, ook niet na een gesprek met de vertrouwenspersoon. Jij "
                    "beslist of en wanneer je een volgende stap zet.</p>"
                    "<p>Je mag ook eerst alleen je verhaal kwijt willen, zonder dat er iets mee "
                    "hoeft te gebeuren.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Ik wist niet of het erg genoeg was om er iets mee te doen. Het gesprek "
                        "met de vertrouwenspersoon hielp me mijn gedachten te ordenen. Daarna koos "
                        "ik zelf wat ik wilde."
                    ),
                    "attribution": "Een medewerker (fictief voorbeeld)",
                },
            ),
            (
                "knowledge_check",
                {
                    "question": (
                        "Je hebt iets vervelends meegemaakt met een collega en twijfelt wat je "
                        "moet doen. Welke twee uitspraken kloppen?"
                    ),
                    "multiple": True,
                    "options": [
                        {
                            "label": (
                                "Je kunt eerst met de vertrouwenspersoon praten zonder dat er "
                                "meteen een melding volgt."
                            ),
                            "correct": True,
                            "feedback": (
                                "Juist. Een gesprek met de vertrouwenspersoon verplicht je tot "
                                "niets. Jij bepaalt of er een vervolgstap komt."
                            ),
                        },
                        {
                            "label": (
                                "Je moet binnen een week een formele klacht indienen, anders kun "
                                "je niets meer doen."
                            ),
                            "correct": False,
                            "feedback": (
                                "Dat klopt niet. Er geldt geen termijn van een week. Neem de tijd "
                                "die je nodig hebt; je aantekeningen helpen je om details later "
                                "nog te weten."
                            ),
                        },
                        {
                            "label": (
                                "Opschrijven wat er gebeurde, met datum, plaats en getuigen, kan "
                                "je later helpen."
                            ),
                            "correct": True,
                            "feedback": (
                                "Klopt. Aantekeningen die je kort na het voorval maakt, geven je "
                                "houvast bij elke keuze die je later maakt."
                            ),
                        },
                        {
                            "label": (
                                "Als je niet meteen hebt gereageerd, heb je het gedrag eigenlijk "
                                "goedgekeurd."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nee. Veel mensen verstijven of lachen het weg op het moment zelf. "
                                "Dat is een normale reactie en betekent niet dat het gedrag in "
                                "orde was."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "important",
                    "text": (
                        "<p>Wil je erover praten? De vertrouwenspersoon luistert, oordeelt niet en "
                        "beslist niets voor jou. In de laatste les lees je hoe je contact "
                        "opneemt.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "title": "Als omstander in actie komen",
        "slug": "als-omstander-in-actie-komen",
        "minutes": 7,
        "content_warning": "",
        "body": [
            ("heading", {"text": "Waarom omstanders het verschil maken", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ongewenst gedrag gebeurt zelden zonder dat iemand anders het ziet of "
                    "hoort. Toch grijpt vaak niemand in. Iedereen denkt dat een ander wel iets zal "
                    "doen, of weet niet goed hoe.</p>"
                    "<p>Juist omstanders kunnen veel betekenen. Een kleine actie laat zien dat het "
                    "gedrag niet normaal is en dat degene die het overkomt er niet alleen voor "
                    "staat.</p>"
                ),
            ),
            ("heading", {"text": "Vijf manieren om in te grijpen", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Je hoeft geen held te zijn. Kies de manier die past bij de situatie en bij "
                    "wat voor jou veilig voelt:</p>"
                    "<ul><li>Afleiden: onderbreek de situatie zonder het gedrag te benoemen, "
                    "bijvoorbeeld met een vraag of door iemand weg te roepen voor iets "
                    "anders.</li>"
                    "<li>Hulp inschakelen: vraag iemand anders om mee te helpen, zoals een "
                    "leidinggevende, een beveiliger of een collega die de betrokkenen goed "
                    "kent.</li>"
                    "<li>Vastleggen: schrijf op wat je ziet en hoort, met tijd en plaats. Geef je "
                    "aantekeningen aan degene die het overkwam en doe er niets mee zonder diens "
                    "toestemming.</li>"
                    "<li>Aanspreken: zeg kort en rustig dat dit niet oké is, als je dat veilig "
                    "kunt doen.</li>"
                    "<li>Later navragen: zoek na afloop degene op die het overkwam, vraag hoe het "
                    "gaat en wijs op de vertrouwenspersoon.</li></ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Je eigen veiligheid gaat altijd voor. Dreigt er geweld? Houd afstand "
                        "en bel de beveiliging of 112.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Later navragen is nooit te laat. Het kan een grote steun zijn om te horen "
                    "dat iemand anders het ook zag en het niet in orde vond.</p>"
                    "<p>Vraag wat de ander nodig heeft, in plaats van zelf te bepalen wat er moet "
                    "gebeuren. Stap niet zonder overleg naar HR of een leidinggevende, tenzij er "
                    "acuut gevaar is.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Oefen de vijf manieren in het scenario hieronder. Je keuzes tellen "
                        "niet mee voor je resultaat.</p>"
                    ),
                },
            ),
            ("scenario", {"scenario": "bystander-meeting", "required": False}),
            (
                "knowledge_check",
                {
                    "question": (
                        "Tijdens een teamoverleg maakt een collega een seksueel getinte opmerking "
                        "over een nieuwe stagiair. Je voelt je niet zeker genoeg om er meteen iets "
                        "van te zeggen. Wat is een goede eerste stap?"
                    ),
                    "multiple": False,
                    "options": [
                        {
                            "label": "Niets doen, want jij bent niet degene over wie het gaat.",
                            "correct": False,
                            "feedback": (
                                "Ook als omstander kun je iets doen. Zwijgen kan overkomen alsof "
                                "iedereen het gedrag goedvindt."
                            ),
                        },
                        {
                            "label": (
                                "Het gesprek een andere kant op sturen, bijvoorbeeld met een vraag "
                                "over het volgende agendapunt."
                            ),
                            "correct": True,
                            "feedback": (
                                "Goed gekozen. Afleiden onderbreekt het moment zonder dat je "
                                "iemand direct hoeft aan te spreken. Na afloop kun je de stagiair "
                                "nog even opzoeken."
                            ),
                        },
                        {
                            "label": (
                                "Meteen een bericht over de collega in de teamchat zetten, zodat "
                                "iedereen het weet."
                            ),
                            "correct": False,
                            "feedback": (
                                "Daarmee zet je de stagiair nog meer in de schijnwerpers en kan de "
                                "situatie verergeren. Kies liever een rustige, veilige aanpak."
                            ),
                        },
                        {
                            "label": "Afwachten tot de stagiair er zelf iets van zegt.",
                            "correct": False,
                            "feedback": (
                                "Een nieuwe stagiair heeft weinig invloed in het team. Het is niet "
                                "eerlijk om te verwachten dat die het zelf oplost."
                            ),
                        },
                    ],
                },
            ),
            (
                "knowledge_check",
                {
                    "question": (
                        "Je zag hoe een klant een collega uitschold en je hebt opgeschreven wat er "
                        "gebeurde. Wat doe je met die aantekeningen?"
                    ),
                    "multiple": False,
                    "options": [
                        {
                            "label": (
                                "Je geeft ze aan je collega, die zelf beslist wat ermee gebeurt."
                            ),
                            "correct": True,
                            "feedback": (
                                "Precies. De aantekeningen zijn er om je collega te steunen. Die "
                                "bepaalt zelf of en hoe ze worden gebruikt."
                            ),
                        },
                        {
                            "label": "Je zet ze op sociale media om te laten zien wat er misgaat.",
                            "correct": False,
                            "feedback": (
                                "Dat schaadt de privacy van je collega en kan veel kwaad doen. "
                                "Deel niets zonder toestemming."
                            ),
                        },
                        {
                            "label": "Je stuurt ze meteen door naar het hele team.",
                            "correct": False,
                            "feedback": (
                                "Zo neem je de regie over van je collega. Overleg eerst met degene "
                                "om wie het gaat."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    {
        "title": "De vertrouwenspersoon: wat je kunt verwachten",
        "slug": "de-vertrouwenspersoon",
        "minutes": 7,
        "content_warning": "",
        "body": [
            ("heading", {"text": "Wat doet de vertrouwenspersoon?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>De vertrouwenspersoon is het eerste aanspreekpunt als je te maken krijgt "
                    "met ongewenst gedrag. Ook met zorgen over integriteit, zoals fraude of "
                    "diefstal, kun je er terecht.</p>"
                    "<p>De vertrouwenspersoon staat naast jou en komt op voor jouw belangen, maar "
                    "blijft daarbij objectief. Concreet doet de vertrouwenspersoon het "
                    "volgende:</p>"
                    "<ul><li>Luistert naar je verhaal en biedt steun.</li>"
                    "<li>Verkent met jou de mogelijke vervolgstappen: een informeel gesprek, "
                    "bemiddeling, een formele klacht bij de klachtencommissie of hulp van "
                    "buiten.</li>"
                    "<li>Begeleidt je bij de stap die jij kiest, als je dat wilt.</li>"
                    "<li>Geeft voorlichting over sociale veiligheid en adviseert de directie over "
                    "trends, via een jaarverslag waarin niemand herkenbaar is.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Wat de vertrouwenspersoon niet doet:</p>"
                    "<ul><li>Een oordeel vellen over jou of over de ander.</li>"
                    "<li>Beslissingen voor je nemen of je ergens toe dwingen.</li>"
                    "<li>Zelf onderzoek doen of maatregelen opleggen.</li>"
                    "<li>Zonder jouw toestemming met anderen over je situatie praten.</li></ul>"
                ),
            ),
            ("heading", {"text": "HR of de vertrouwenspersoon?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>HR en de vertrouwenspersoon worden vaak door elkaar gehaald. Hun rollen "
                    "verschillen op vier punten:</p>"
                    "<ul><li>Belangen: HR handelt deels in het belang van de werkgever. De "
                    "vertrouwenspersoon is onafhankelijk en staat naast jou.</li>"
                    "<li>Vertrouwelijkheid: HR kan niet altijd geheimhouding beloven. De "
                    "vertrouwenspersoon kan dat wel, met twee uitzonderingen.</li>"
                    "<li>Focus: HR regelt veel, van werving en contracten tot salaris, verlof en "
                    "loopbaan. Voor de vertrouwenspersoon is sociale veiligheid de kern van het "
                    "werk.</li>"
                    "<li>Blik: HR kijkt naar de organisatie als geheel. De vertrouwenspersoon "
                    "kijkt naar jouw welzijn.</li></ul>"
                    "<p>Allebei zijn ze waardevol. Met een vraag over je contract ga je naar HR. "
                    "Wil je vertrouwelijk praten over ongewenst gedrag, dan is de "
                    "vertrouwenspersoon de juiste persoon.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "important",
                    "text": (
                        "<p>Wat je vertelt, blijft tussen jou en de vertrouwenspersoon, tenzij je "
                        "zelf toestemming geeft om iets te delen. Alleen bij een strafbaar feit of "
                        "acuut gevaar kan de vertrouwenspersoon de geheimhouding doorbreken.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Een vertrouwenspersoon kan intern of extern zijn. Een interne "
                    "vertrouwenspersoon werkt zelf in de organisatie en kent die goed. Een externe "
                    "vertrouwenspersoon wordt ingehuurd en staat helemaal los van de organisatie. "
                    "Veel mensen vinden het daardoor makkelijker om die te benaderen.</p>"
                    "<p>Je kiest zelf bij wie je aanklopt. Je kunt de vertrouwenspersoon bellen, "
                    "mailen of persoonlijk spreken.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Een eerste gesprek begint meestal met jouw verhaal. De vertrouwenspersoon "
                    "stelt vragen om de situatie goed te begrijpen en vat samen wat je nodig hebt. "
                    "Daarna bekijken jullie samen welke opties er zijn.</p>"
                    "<p>Je hoeft niets voor te bereiden. Aantekeningen kunnen helpen, maar je mag "
                    "ook gewoon langskomen met niet meer dan het gevoel dat er iets niet "
                    "klopt.</p>"
                ),
            ),
            (
                "confidant",
                {
                    "text": (
                        "Wil je praten? Hieronder staat hoe je de vertrouwenspersoon bereikt. Een "
                        "eerste gesprek is vrijblijvend en vertrouwelijk."
                    )
                },
            ),
            (
                "knowledge_check",
                {
                    "question": (
                        "Je vertelt de vertrouwenspersoon dat je leidinggevende je al maanden "
                        "kleineert. Wat gebeurt er met die informatie?"
                    ),
                    "multiple": False,
                    "options": [
                        {
                            "label": (
                                "De vertrouwenspersoon meldt het direct bij HR, zodat er actie "
                                "wordt ondernomen."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nee. De vertrouwenspersoon is onafhankelijk van HR en de leiding "
                                "en deelt niets zonder jouw toestemming."
                            ),
                        },
                        {
                            "label": (
                                "Het blijft vertrouwelijk, tenzij jij toestemming geeft of er "
                                "sprake is van een strafbaar feit of acuut gevaar."
                            ),
                            "correct": True,
                            "feedback": (
                                "Klopt. Geheimhouding is het uitgangspunt, met alleen deze twee "
                                "uitzonderingen."
                            ),
                        },
                        {
                            "label": (
                                "Je leidinggevende wordt op de hoogte gebracht, omdat die erbij "
                                "betrokken is."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nee. Je leidinggevende hoort niets via de vertrouwenspersoon, "
                                "tenzij jij daar zelf voor kiest."
                            ),
                        },
                        {
                            "label": "De vertrouwenspersoon bepaalt welke stap je moet zetten.",
                            "correct": False,
                            "feedback": (
                                "De vertrouwenspersoon denkt mee en geeft advies, maar de keuze "
                                "ligt altijd bij jou."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
]

TRANSLATIONS = {
    "Wat is ongewenst gedrag en waarom doet het ertoe?": {
        "en": "What unwanted behaviour is and why it matters",
        "vi": "Hành vi không mong muốn là gì và vì sao điều đó quan trọng",
    },
    "wat-is-ongewenst-gedrag": {
        "en": "what-is-unwanted-behaviour",
        "vi": "hanh-vi-khong-mong-muon-la-gi",
    },
    "Waar hebben we het over?": {
        "en": "What are we talking about?",
        "vi": "Chúng ta đang nói về điều gì?",
    },
    (
        "Ongewenst gedrag is gedrag op het werk dat iemand als kwetsend, bedreigend of vernederend "
        "ervaart. Bepalend is niet wat de ander bedoelde, maar welk effect het heeft op degene die "
        "het meemaakt."
    ): {
        "en": (
            "Unwanted behaviour is conduct at work that someone experiences as hurtful, "
            "threatening or humiliating. What counts is not what the other person intended, but "
            "the effect it has on the person on the receiving end."
        ),
        "vi": (
            "Hành vi không mong muốn là những hành vi tại nơi làm việc khiến một người cảm thấy bị "
            "tổn thương, bị đe dọa hoặc bị hạ nhục. Điều quyết định không phải là ý định của người "
            "kia, mà là tác động của hành vi đó lên người phải trải qua nó."
        ),
    },
    (
        "Soms is het één duidelijk voorval. Vaker gaat het om een reeks kleine opmerkingen en "
        "handelingen die zich langzaam opstapelen."
    ): {
        "en": (
            "Sometimes it is a single, clear incident. More often it is a series of small remarks "
            "and actions that slowly add up."
        ),
        "vi": (
            "Đôi khi đó là một sự việc rõ ràng duy nhất. Nhưng thường gặp hơn là một chuỗi những "
            "lời nói và hành động nhỏ dần dần tích tụ lại."
        ),
    },
    "Er zijn vijf vormen, die vaak ook samen voorkomen:": {
        "en": "There are five forms, and they often occur together:",
        "vi": "Có năm hình thức, và chúng thường xảy ra cùng lúc:",
    },
    "Pesten: iemand herhaaldelijk buitensluiten, belachelijk maken of het werk onmogelijk maken.": {
        "en": (
            "Bullying: repeatedly leaving someone out, ridiculing them or making their work "
            "impossible."
        ),
        "vi": "Bắt nạt: liên tục cô lập, chế giễu một người hoặc khiến họ không thể làm việc được.",
    },
    (
        "Seksuele intimidatie: ongewenste seksueel getinte opmerkingen, blikken, berichten of "
        "aanrakingen."
    ): {
        "en": (
            "Sexual harassment: unwanted remarks, looks, messages or touching of a sexual nature."
        ),
        "vi": (
            "Quấy rối tình dục: những lời nói, ánh nhìn, tin nhắn hoặc đụng chạm mang tính tình "
            "dục mà người kia không mong muốn."
        ),
    },
    (
        "Agressie en geweld: uitschelden, bedreigen, schreeuwen of fysiek aanvallen, door een "
        "collega maar ook door een klant of bezoeker."
    ): {
        "en": (
            "Aggression and violence: verbal abuse, threats, shouting or physical attacks, whether "
            "from a colleague or from a customer or visitor."
        ),
        "vi": (
            "Gây hấn và bạo lực: chửi mắng, đe dọa, la hét hoặc tấn công thân thể, dù là từ đồng "
            "nghiệp hay từ khách hàng hoặc khách đến thăm."
        ),
    },
    (
        "Discriminatie: iemand anders behandelen vanwege bijvoorbeeld afkomst, geloof, geslacht, "
        "leeftijd, een beperking of seksuele oriëntatie."
    ): {
        "en": (
            "Discrimination: treating someone differently because of, for example, their "
            "background, religion, gender, age, disability or sexual orientation."
        ),
        "vi": (
            "Phân biệt đối xử: đối xử khác biệt với một người vì, chẳng hạn, nguồn gốc, tôn giáo, "
            "giới tính, tuổi tác, khuyết tật hoặc xu hướng tính dục của họ."
        ),
    },
    (
        "Intimidatie: iemand onder druk zetten, bang maken of kleineren, vaak vanuit een sterkere "
        "positie."
    ): {
        "en": (
            "Intimidation: putting pressure on someone, frightening or belittling them, often from "
            "a position of power."
        ),
        "vi": (
            "Đe dọa, uy hiếp: gây áp lực, làm cho một người sợ hãi hoặc coi thường họ, thường là "
            "từ vị thế mạnh hơn."
        ),
    },
    (
        "Twijfel je of iets over de grens gaat? Vraag je dan af hoe het overkomt bij degene die "
        "het meemaakt. Je hoeft het niet zeker te weten om er met de vertrouwenspersoon over te "
        "praten."
    ): {
        "en": (
            "Not sure whether something crosses the line? Ask yourself how it comes across to the "
            "person experiencing it. You do not need to be certain before you talk to the "
            "confidant about it."
        ),
        "vi": (
            "Bạn không chắc một hành vi có vượt quá giới hạn hay không? Hãy tự hỏi người đang trải "
            "qua điều đó cảm nhận thế nào. Bạn không cần phải chắc chắn mới có thể nói chuyện với "
            "người tin cậy."
        ),
    },
    (
        "Niet elk meningsverschil is ongewenst gedrag. Kritiek op je werk, een stevige discussie "
        "of een leidinggevende die afspraken bewaakt, hoort bij normaal samenwerken, zolang het "
        "respectvol gebeurt."
    ): {
        "en": (
            "Not every disagreement is unwanted behaviour. Criticism of your work, a lively "
            "discussion or a manager who keeps an eye on agreements is part of normal working "
            "together, as long as it happens respectfully."
        ),
        "vi": (
            "Không phải mọi bất đồng đều là hành vi không mong muốn. Góp ý về công việc của bạn, "
            "một cuộc tranh luận sôi nổi hay việc người quản lý theo dõi các thỏa thuận đều là một "
            "phần của làm việc chung bình thường, miễn là diễn ra một cách tôn trọng."
        ),
    },
    (
        "Het wordt anders als iemand wordt vernederd, buitengesloten of bedreigd, of als het "
        "gedrag zich blijft herhalen terwijl duidelijk is dat het pijn doet."
    ): {
        "en": (
            "It becomes something else when someone is humiliated, excluded or threatened, or when "
            "the behaviour keeps repeating even though it is clear that it hurts."
        ),
        "vi": (
            "Mọi chuyện sẽ khác khi một người bị hạ nhục, bị cô lập hoặc bị đe dọa, hoặc khi hành "
            "vi đó cứ lặp đi lặp lại dù rõ ràng là nó gây tổn thương."
        ),
    },
    "Waarom het ertoe doet": {
        "en": "Why it matters",
        "vi": "Vì sao điều này quan trọng",
    },
    (
        "Ongewenst gedrag heeft echte gevolgen. Mensen slapen slechter, krijgen last van stress, "
        "durven minder te zeggen of melden zich ziek."
    ): {
        "en": (
            "Unwanted behaviour has real consequences. People sleep badly, suffer from stress, "
            "speak up less or call in sick."
        ),
        "vi": (
            "Hành vi không mong muốn gây ra những hậu quả thực sự. Người bị ảnh hưởng có thể mất "
            "ngủ, bị căng thẳng, ngại lên tiếng hoặc phải nghỉ ốm."
        ),
    },
    (
        "Ook het team lijdt eronder. Waar mensen zich niet veilig voelen, worden fouten verzwegen, "
        "loopt de samenwerking stroef en vertrekken goede mensen."
    ): {
        "en": (
            "The team suffers too. Where people do not feel safe, mistakes are hushed up, "
            "cooperation becomes difficult and good people leave."
        ),
        "vi": (
            "Cả nhóm cũng chịu ảnh hưởng. Ở nơi mọi người không cảm thấy an toàn, sai sót bị che "
            "giấu, việc hợp tác trở nên khó khăn và những người giỏi rời đi."
        ),
    },
    (
        "In Nederland staat dit ook in de wet. Volgens de Arbowet moet elke werkgever beleid "
        "hebben tegen psychosociale arbeidsbelasting, en ongewenst gedrag hoort daarbij. De Wet "
        "gelijke behandeling verbiedt bovendien discriminatie."
    ): {
        "en": (
            "In the Netherlands this is also set out in law. Under the Working Conditions Act "
            "(Arbowet), every employer must have a policy against psychosocial workload, and "
            "unwanted behaviour is part of that. The Equal Treatment Act also prohibits "
            "discrimination."
        ),
        "vi": (
            "Tại Hà Lan, điều này cũng được quy định trong luật. Theo Luật Điều kiện Lao động "
            "(Arbowet), mọi người sử dụng lao động phải có chính sách phòng chống áp lực tâm lý xã "
            "hội trong công việc, bao gồm cả hành vi không mong muốn. Ngoài ra, Luật Đối xử Bình "
            "đẳng nghiêm cấm phân biệt đối xử."
        ),
    },
    (
        "Onze organisatie neemt die verantwoordelijkheid serieus. Daarom zijn er duidelijke "
        "afspraken over hoe we met elkaar omgaan, volg je deze training en kun je altijd terecht "
        "bij een vertrouwenspersoon."
    ): {
        "en": (
            "Our organisation takes that responsibility seriously. That is why we have clear "
            "agreements on how we treat each other, why you are taking this training, and why you "
            "can always turn to a confidant."
        ),
        "vi": (
            "Tổ chức của chúng ta rất coi trọng trách nhiệm này. Vì vậy, chúng ta có những quy tắc "
            "rõ ràng về cách đối xử với nhau, bạn tham gia khóa đào tạo này, và bạn luôn có thể "
            "tìm đến người tin cậy."
        ),
    },
    (
        "Ik bedoelde het als grap, maar daar ging het niet om. Pas toen een collega rustig "
        "uitlegde wat mijn opmerkingen met iemand deden, zag ik het."
    ): {
        "en": (
            "I meant it as a joke, but that was not the point. Only when a colleague calmly "
            "explained what my remarks did to someone did I see it."
        ),
        "vi": (
            "Tôi chỉ định đùa thôi, nhưng vấn đề không nằm ở đó. Chỉ khi một đồng nghiệp bình tĩnh "
            "giải thích những lời nói của tôi đã ảnh hưởng đến người khác như thế nào, tôi mới "
            "nhận ra."
        ),
    },
    "Een teamleider (fictief voorbeeld)": {
        "en": "A team leader (fictional example)",
        "vi": "Một trưởng nhóm (ví dụ minh họa)",
    },
    "Het is als grap bedoeld, dus het is geen ongewenst gedrag.": {
        "en": "It is meant as a joke, so it is not unwanted behaviour.",
        "vi": "Đó chỉ là lời nói đùa, nên không phải là hành vi không mong muốn.",
    },
    (
        "De bedoeling is niet de maatstaf. Herhaalde grappen over iemands leeftijd kunnen kwetsen "
        "en zelfs discriminerend zijn."
    ): {
        "en": (
            "Intention is not the yardstick. Repeated jokes about age can hurt and can even be "
            "discriminatory."
        ),
        "vi": (
            "Ý định không phải là thước đo. Những câu đùa lặp đi lặp lại về tuổi tác của ai đó có "
            "thể gây tổn thương và thậm chí mang tính phân biệt đối xử."
        ),
    },
    (
        "Het effect op het teamlid telt, en het terugkerende patroon is een signaal van ongewenst "
        "gedrag."
    ): {
        "en": (
            "The effect on the team member is what counts, and the recurring pattern is a sign of "
            "unwanted behaviour."
        ),
        "vi": (
            "Điều quan trọng là tác động lên người đó, và việc lặp đi lặp lại là dấu hiệu của hành "
            "vi không mong muốn."
        ),
    },
    (
        "Klopt. Het gaat om hoe het gedrag aankomt. Dat het teamlid stiller wordt, is een "
        "belangrijk signaal, ook al lacht hij of zij mee."
    ): {
        "en": (
            "Correct. It is about how the behaviour lands. The team member growing quieter is an "
            "important signal, even if they laugh along."
        ),
        "vi": (
            "Đúng vậy. Điều quan trọng là hành vi đó được người khác cảm nhận ra sao. Việc người "
            "đó ngày càng im lặng là một dấu hiệu quan trọng, dù họ vẫn cười theo."
        ),
    },
    "Omdat het teamlid meelacht, is er niets aan de hand.": {
        "en": "Since the team member laughs along, there is nothing wrong.",
        "vi": "Vì người đó cũng cười theo nên không có vấn đề gì.",
    },
    (
        "Meelachen is vaak een manier om een ongemakkelijk moment door te komen. Het zegt weinig "
        "over hoe iemand zich echt voelt."
    ): {
        "en": (
            "Laughing along is often a way to get through an awkward moment. It says little about "
            "how someone really feels."
        ),
        "vi": (
            "Cười theo thường chỉ là cách để vượt qua một khoảnh khắc khó xử. Điều đó không nói "
            "lên nhiều về cảm xúc thật của một người."
        ),
    },
    "Alleen de leidinggevende kan bepalen of dit te ver gaat.": {
        "en": "Only the manager can decide whether this goes too far.",
        "vi": "Chỉ người quản lý mới có thể quyết định điều này có quá đáng hay không.",
    },
    (
        "Iedereen mag zeggen dat iets te ver gaat. Of gedrag ongewenst is, hangt af van het "
        "effect, niet van wie de leiding heeft."
    ): {
        "en": (
            "Anyone may say that something goes too far. Whether behaviour is unwanted depends on "
            "its effect, not on who is in charge."
        ),
        "vi": (
            "Ai cũng có quyền nói rằng một điều gì đó đã đi quá xa. Một hành vi có phải là không "
            "mong muốn hay không phụ thuộc vào tác động của nó, chứ không phải vào người đang nắm "
            "quyền quản lý."
        ),
    },
    (
        "Een collega maakt in elk overleg een grap over de leeftijd van een teamlid. Het teamlid "
        "lacht mee, maar zegt steeds minder. Wat is hier het belangrijkste om te zien?"
    ): {
        "en": (
            "In every meeting, a colleague jokes about the age of a team member. The team member "
            "laughs along, but says less and less. What matters most here?"
        ),
        "vi": (
            "Trong mỗi cuộc họp, một đồng nghiệp lại đùa về tuổi tác của một thành viên trong "
            "nhóm. Người đó cười theo nhưng ngày càng ít nói hơn. Điều quan trọng nhất cần nhận ra "
            "ở đây là gì?"
        ),
    },
    "Als je het zelf meemaakt": {
        "en": "When it happens to you",
        "vi": "Khi chính bạn gặp phải",
    },
    "als-je-het-zelf-meemaakt": {
        "en": "when-it-happens-to-you",
        "vi": "khi-chinh-ban-gap-phai",
    },
    (
        "Deze les gaat over ervaringen met ongewenst gedrag, zoals seksuele intimidatie en "
        "agressie. Neem de tijd, pauzeer wanneer je wilt en stop als het te veel wordt. Je kunt "
        "altijd contact opnemen met de vertrouwenspersoon."
    ): {
        "en": (
            "This lesson is about experiences of unwanted behaviour, such as sexual harassment and "
            "aggression. Take your time, pause whenever you like and stop if it becomes too much. "
            "You can always contact the confidant."
        ),
        "vi": (
            "Bài học này nói về những trải nghiệm liên quan đến hành vi không mong muốn, chẳng hạn "
            "như quấy rối tình dục và gây hấn. Bạn cứ thong thả, có thể tạm dừng bất cứ lúc nào và "
            "dừng lại nếu cảm thấy quá sức. Bạn luôn có thể liên hệ với người tin cậy."
        ),
    },
    "Jij bepaalt wat er gebeurt": {
        "en": "You decide what happens",
        "vi": "Bạn là người quyết định",
    },
    (
        "Wie ongewenst gedrag meemaakt, voelt vaak twijfel, schaamte of boosheid. Al die gevoelens "
        "zijn begrijpelijk. Het is nooit jouw schuld als een ander over je grens gaat."
    ): {
        "en": (
            "People who experience unwanted behaviour often feel doubt, shame or anger. All of "
            "those feelings are understandable. It is never your fault when someone else crosses "
            "your boundaries."
        ),
        "vi": (
            "Người gặp phải hành vi không mong muốn thường cảm thấy hoài nghi, xấu hổ hoặc tức "
            "giận. Tất cả những cảm xúc đó đều dễ hiểu. Khi người khác vượt quá giới hạn của bạn, "
            "đó không bao giờ là lỗi của bạn."
        ),
    },
    (
        "Er is geen goede of foute manier om te reageren. Jij kiest wat bij jou en de situatie "
        "past, in je eigen tempo."
    ): {
        "en": (
            "There is no right or wrong way to respond. You choose what suits you and the "
            "situation, at your own pace."
        ),
        "vi": (
            "Không có cách phản ứng nào là đúng hay sai. Bạn tự chọn điều phù hợp với bản thân và "
            "hoàn cảnh, theo nhịp độ của riêng bạn."
        ),
    },
    "Dit zijn je mogelijkheden. Je kunt ze combineren of er later alsnog voor kiezen:": {
        "en": "These are your options. You can combine them, or choose one at a later stage:",
        "vi": (
            "Đây là những lựa chọn của bạn. Bạn có thể kết hợp chúng hoặc chọn vào một thời điểm "
            "sau này:"
        ),
    },
    "Praten met iemand die je vertrouwt, zoals een collega, vriend of familielid.": {
        "en": "Talking to someone you trust, such as a colleague, friend or family member.",
        "vi": (
            "Nói chuyện với người bạn tin tưởng, chẳng hạn như đồng nghiệp, bạn bè hoặc người thân."
        ),
    },
    "Zelf de ander aanspreken, als je dat veilig vindt, en duidelijk zeggen wat je niet wilt.": {
        "en": (
            "Speaking to the other person yourself, if you feel safe doing so, and clearly saying "
            "what you do not want."
        ),
        "vi": (
            "Tự mình nói chuyện với người kia, nếu bạn thấy an toàn, và nói rõ điều bạn không muốn."
        ),
    },
    (
        "Contact opnemen met de vertrouwenspersoon, voor een luisterend oor en om samen je opties "
        "te verkennen."
    ): {
        "en": "Contacting the confidant, for a listening ear and to explore your options together.",
        "vi": (
            "Liên hệ với người tin cậy để được lắng nghe và cùng nhau tìm hiểu các lựa chọn của "
            "bạn."
        ),
    },
    (
        "Een informeel gesprek, of bemiddeling door een neutrale derde, om het gedrag te laten "
        "stoppen."
    ): {
        "en": (
            "An informal conversation, or mediation by a neutral third party, to make the "
            "behaviour stop."
        ),
        "vi": (
            "Một cuộc trò chuyện không chính thức, hoặc hòa giải thông qua một bên thứ ba trung "
            "lập, để chấm dứt hành vi đó."
        ),
    },
    "Een formele klacht indienen bij de klachtencommissie.": {
        "en": "Filing a formal complaint with the complaints committee.",
        "vi": "Gửi khiếu nại chính thức đến ủy ban khiếu nại.",
    },
    (
        "Hulp zoeken buiten de organisatie, bijvoorbeeld bij je huisarts, of aangifte doen bij de "
        "politie als het om een strafbaar feit gaat."
    ): {
        "en": (
            "Seeking help outside the organisation, for example from your GP, or reporting it to "
            "the police if a crime is involved."
        ),
        "vi": (
            "Tìm kiếm sự giúp đỡ bên ngoài tổ chức, chẳng hạn từ bác sĩ gia đình, hoặc trình báo "
            "cảnh sát nếu đó là hành vi phạm tội."
        ),
    },
    "Ben je in acuut gevaar? Bel dan meteen 112.": {
        "en": "Are you in immediate danger? Call 112 straight away.",
        "vi": "Nếu bạn đang gặp nguy hiểm cấp bách, hãy gọi ngay 112.",
    },
    "Aantekeningen maken": {
        "en": "Keeping notes",
        "vi": "Ghi chép lại",
    },
    (
        "Het helpt om op te schrijven wat er is gebeurd, het liefst zo snel mogelijk. Een "
        "herinnering vervaagt, terwijl details later juist belangrijk kunnen zijn. Noteer "
        "bijvoorbeeld:"
    ): {
        "en": (
            "It helps to write down what happened, preferably as soon as possible. Memories fade, "
            "while details can turn out to matter later. For example, note down:"
        ),
        "vi": (
            "Việc ghi lại những gì đã xảy ra sẽ rất hữu ích, tốt nhất là càng sớm càng tốt. Ký ức "
            "sẽ phai nhạt, trong khi các chi tiết có thể trở nên quan trọng về sau. Ví dụ, bạn có "
            "thể ghi lại:"
        ),
    },
    "Wanneer en waar het gebeurde.": {
        "en": "When and where it happened.",
        "vi": "Sự việc xảy ra khi nào và ở đâu.",
    },
    "Wat er werd gezegd of gedaan, zo letterlijk mogelijk.": {
        "en": "What was said or done, as close to word for word as you can.",
        "vi": "Những gì đã được nói hoặc làm, càng chính xác từng chữ càng tốt.",
    },
    "Wie er nog meer bij waren of het gezien kunnen hebben.": {
        "en": "Who else was there or may have seen it.",
        "vi": "Những ai khác có mặt hoặc có thể đã chứng kiến.",
    },
    "Hoe je je daarna voelde en wat het met je werk deed.": {
        "en": "How you felt afterwards and how it affected your work.",
        "vi": "Bạn cảm thấy thế nào sau đó và sự việc ảnh hưởng đến công việc của bạn ra sao.",
    },
    (
        "Bewaar ook berichten, e-mails en schermafbeeldingen. Zet alles op een plek waar alleen "
        "jij bij kunt, dus niet op een gedeelde schijf."
    ): {
        "en": (
            "Also keep messages, e-mails and screenshots. Store everything somewhere only you can "
            "access, so not on a shared drive."
        ),
        "vi": (
            "Hãy lưu giữ cả tin nhắn, e-mail và ảnh chụp màn hình. Cất tất cả ở nơi chỉ mình bạn "
            "truy cập được, không phải trên ổ đĩa dùng chung."
        ),
    },
    (
        "Aantekeningen verplichten je tot niets. Niemand dwingt je om een melding of klacht te "
        "doen, ook niet na een gesprek met de vertrouwenspersoon. Jij beslist of en wanneer je een "
        "volgende stap zet."
    ): {
        "en": (
            "Notes do not commit you to anything. Nobody will force you to report or complain, not "
            "even after a conversation with the confidant. You decide whether and when to take a "
            "next step."
        ),
        "vi": (
            "Việc ghi chép không bắt buộc bạn phải làm gì cả. Không ai ép bạn phải báo cáo hay "
            "khiếu nại, kể cả sau khi bạn đã nói chuyện với người tin cậy. Bạn tự quyết định có "
            "thực hiện bước tiếp theo hay không và khi nào."
        ),
    },
    "Je mag ook eerst alleen je verhaal kwijt willen, zonder dat er iets mee hoeft te gebeuren.": {
        "en": (
            "It is also fine to simply want to tell your story first, without anything having to "
            "happen as a result."
        ),
        "vi": (
            "Bạn cũng hoàn toàn có thể chỉ muốn chia sẻ câu chuyện của mình trước, mà không cần "
            "phải làm gì tiếp theo."
        ),
    },
    (
        "Ik wist niet of het erg genoeg was om er iets mee te doen. Het gesprek met de "
        "vertrouwenspersoon hielp me mijn gedachten te ordenen. Daarna koos ik zelf wat ik wilde."
    ): {
        "en": (
            "I did not know whether it was serious enough to do anything about. Talking to the "
            "confidant helped me sort out my thoughts. After that, I chose for myself what I "
            "wanted."
        ),
        "vi": (
            "Tôi không biết chuyện đó có đủ nghiêm trọng để làm gì không. Cuộc trò chuyện với "
            "người tin cậy đã giúp tôi sắp xếp lại suy nghĩ. Sau đó, tôi tự chọn điều mình muốn."
        ),
    },
    "Een medewerker (fictief voorbeeld)": {
        "en": "An employee (fictional example)",
        "vi": "Một nhân viên (ví dụ minh họa)",
    },
    "Je kunt eerst met de vertrouwenspersoon praten zonder dat er meteen een melding volgt.": {
        "en": "You can talk to the confidant first without a report following straight away.",
        "vi": "Bạn có thể nói chuyện với người tin cậy trước mà không cần phải báo cáo ngay.",
    },
    (
        "Juist. Een gesprek met de vertrouwenspersoon verplicht je tot niets. Jij bepaalt of er "
        "een vervolgstap komt."
    ): {
        "en": (
            "Right. A conversation with the confidant does not commit you to anything. You decide "
            "whether there is a next step."
        ),
        "vi": (
            "Đúng vậy. Nói chuyện với người tin cậy không bắt buộc bạn phải làm gì. Bạn là người "
            "quyết định có bước tiếp theo hay không."
        ),
    },
    "Je moet binnen een week een formele klacht indienen, anders kun je niets meer doen.": {
        "en": "You must file a formal complaint within a week, or you can no longer do anything.",
        "vi": (
            "Bạn phải gửi khiếu nại chính thức trong vòng một tuần, nếu không bạn sẽ không thể làm "
            "gì nữa."
        ),
    },
    (
        "Dat klopt niet. Er geldt geen termijn van een week. Neem de tijd die je nodig hebt; je "
        "aantekeningen helpen je om details later nog te weten."
    ): {
        "en": (
            "That is not true. There is no one-week deadline. Take the time you need; your notes "
            "will help you remember the details later."
        ),
        "vi": (
            "Điều này không đúng. Không có thời hạn một tuần nào cả. Hãy dành thời gian bạn cần; "
            "những ghi chép sẽ giúp bạn nhớ lại các chi tiết về sau."
        ),
    },
    "Opschrijven wat er gebeurde, met datum, plaats en getuigen, kan je later helpen.": {
        "en": "Writing down what happened, with the date, place and witnesses, can help you later.",
        "vi": (
            "Ghi lại những gì đã xảy ra, kèm ngày tháng, địa điểm và người chứng kiến, có thể giúp "
            "ích cho bạn về sau."
        ),
    },
    (
        "Klopt. Aantekeningen die je kort na het voorval maakt, geven je houvast bij elke keuze "
        "die je later maakt."
    ): {
        "en": (
            "Correct. Notes made shortly after the incident give you something to hold on to for "
            "every choice you make later."
        ),
        "vi": (
            "Đúng vậy. Những ghi chép được thực hiện ngay sau sự việc sẽ là chỗ dựa cho bạn trong "
            "mọi lựa chọn sau này."
        ),
    },
    "Als je niet meteen hebt gereageerd, heb je het gedrag eigenlijk goedgekeurd.": {
        "en": "If you did not respond right away, you have in effect accepted the behaviour.",
        "vi": "Nếu bạn không phản ứng ngay, tức là bạn đã chấp nhận hành vi đó.",
    },
    (
        "Nee. Veel mensen verstijven of lachen het weg op het moment zelf. Dat is een normale "
        "reactie en betekent niet dat het gedrag in orde was."
    ): {
        "en": (
            "No. Many people freeze or laugh it off in the moment. That is a normal reaction and "
            "does not mean the behaviour was acceptable."
        ),
        "vi": (
            "Không. Nhiều người sững sờ hoặc cười cho qua ngay lúc đó. Đây là phản ứng bình thường "
            "và không có nghĩa là hành vi đó chấp nhận được."
        ),
    },
    (
        "Je hebt iets vervelends meegemaakt met een collega en twijfelt wat je moet doen. Welke "
        "twee uitspraken kloppen?"
    ): {
        "en": (
            "Something unpleasant happened to you with a colleague and you are unsure what to do. "
            "Which two statements are true?"
        ),
        "vi": (
            "Bạn đã gặp một chuyện khó chịu với một đồng nghiệp và đang phân vân không biết nên "
            "làm gì. Hai nhận định nào sau đây là đúng?"
        ),
    },
    (
        "Wil je erover praten? De vertrouwenspersoon luistert, oordeelt niet en beslist niets voor "
        "jou. In de laatste les lees je hoe je contact opneemt."
    ): {
        "en": (
            "Would you like to talk about it? The confidant listens, does not judge and makes no "
            "decisions for you. The last lesson explains how to get in touch."
        ),
        "vi": (
            "Bạn muốn chia sẻ về chuyện này? Người tin cậy sẽ lắng nghe, không phán xét và không "
            "quyết định thay bạn. Bài học cuối cùng sẽ hướng dẫn bạn cách liên hệ."
        ),
    },
    "Als omstander in actie komen": {
        "en": "Taking action as a bystander",
        "vi": "Hành động khi là người chứng kiến",
    },
    "als-omstander-in-actie-komen": {
        "en": "taking-action-as-a-bystander",
        "vi": "hanh-dong-khi-la-nguoi-chung-kien",
    },
    "Waarom omstanders het verschil maken": {
        "en": "Why bystanders make a difference",
        "vi": "Vì sao người chứng kiến có thể tạo nên khác biệt",
    },
    (
        "Ongewenst gedrag gebeurt zelden zonder dat iemand anders het ziet of hoort. Toch grijpt "
        "vaak niemand in. Iedereen denkt dat een ander wel iets zal doen, of weet niet goed hoe."
    ): {
        "en": (
            "Unwanted behaviour rarely happens without someone else seeing or hearing it. Yet "
            "often nobody steps in. Everyone assumes someone else will act, or is not sure how."
        ),
        "vi": (
            "Hành vi không mong muốn hiếm khi xảy ra mà không có ai khác nhìn thấy hoặc nghe thấy. "
            "Vậy mà thường không ai can thiệp. Ai cũng nghĩ rằng người khác sẽ làm gì đó, hoặc "
            "không biết phải làm thế nào."
        ),
    },
    (
        "Juist omstanders kunnen veel betekenen. Een kleine actie laat zien dat het gedrag niet "
        "normaal is en dat degene die het overkomt er niet alleen voor staat."
    ): {
        "en": (
            "Bystanders in particular can make a big difference. A small action shows that the "
            "behaviour is not normal and that the person it happens to is not alone."
        ),
        "vi": (
            "Chính người chứng kiến có thể tạo ra nhiều thay đổi. Một hành động nhỏ cho thấy hành "
            "vi đó là không bình thường và người bị ảnh hưởng không hề đơn độc."
        ),
    },
    "Vijf manieren om in te grijpen": {
        "en": "Five ways to step in",
        "vi": "Năm cách can thiệp",
    },
    (
        "Je hoeft geen held te zijn. Kies de manier die past bij de situatie en bij wat voor jou "
        "veilig voelt:"
    ): {
        "en": (
            "You do not have to be a hero. Choose the approach that fits the situation and what "
            "feels safe to you:"
        ),
        "vi": (
            "Bạn không cần phải là người hùng. Hãy chọn cách phù hợp với tình huống và với điều "
            "bạn cảm thấy an toàn:"
        ),
    },
    (
        "Afleiden: onderbreek de situatie zonder het gedrag te benoemen, bijvoorbeeld met een "
        "vraag of door iemand weg te roepen voor iets anders."
    ): {
        "en": (
            "Distract: interrupt the situation without naming the behaviour, for example by asking "
            "a question or calling someone away for something else."
        ),
        "vi": (
            "Đánh lạc hướng: cắt ngang tình huống mà không cần nhắc đến hành vi đó, chẳng hạn bằng "
            "cách đặt một câu hỏi hoặc gọi ai đó đi làm việc khác."
        ),
    },
    (
        "Hulp inschakelen: vraag iemand anders om mee te helpen, zoals een leidinggevende, een "
        "beveiliger of een collega die de betrokkenen goed kent."
    ): {
        "en": (
            "Delegate: ask someone else to help, such as a manager, a security officer or a "
            "colleague who knows the people involved well."
        ),
        "vi": (
            "Nhờ người khác giúp: nhờ một người khác hỗ trợ, chẳng hạn như người quản lý, nhân "
            "viên bảo vệ hoặc một đồng nghiệp hiểu rõ những người liên quan."
        ),
    },
    (
        "Vastleggen: schrijf op wat je ziet en hoort, met tijd en plaats. Geef je aantekeningen "
        "aan degene die het overkwam en doe er niets mee zonder diens toestemming."
    ): {
        "en": (
            "Document: write down what you see and hear, with the time and place. Give your notes "
            "to the person it happened to and do nothing with them without their permission."
        ),
        "vi": (
            "Ghi lại: ghi chép những gì bạn thấy và nghe, kèm thời gian và địa điểm. Hãy đưa ghi "
            "chép cho người bị ảnh hưởng và không dùng chúng vào việc gì khi chưa có sự đồng ý của "
            "họ."
        ),
    },
    "Aanspreken: zeg kort en rustig dat dit niet oké is, als je dat veilig kunt doen.": {
        "en": "Direct: say briefly and calmly that this is not okay, if you can do so safely.",
        "vi": (
            "Lên tiếng trực tiếp: nói ngắn gọn và bình tĩnh rằng điều này là không ổn, nếu bạn có "
            "thể làm vậy một cách an toàn."
        ),
    },
    (
        "Later navragen: zoek na afloop degene op die het overkwam, vraag hoe het gaat en wijs op "
        "de vertrouwenspersoon."
    ): {
        "en": (
            "Delay: afterwards, check in with the person it happened to, ask how they are and "
            "mention the confidant."
        ),
        "vi": (
            "Hỏi han sau đó: sau khi sự việc qua đi, hãy tìm gặp người bị ảnh hưởng, hỏi thăm họ "
            "và cho họ biết về người tin cậy."
        ),
    },
    (
        "Je eigen veiligheid gaat altijd voor. Dreigt er geweld? Houd afstand en bel de "
        "beveiliging of 112."
    ): {
        "en": (
            "Your own safety always comes first. Is there a threat of violence? Keep your distance "
            "and call security or 112."
        ),
        "vi": (
            "An toàn của bản thân bạn luôn được đặt lên hàng đầu. Nếu có nguy cơ bạo lực, hãy giữ "
            "khoảng cách và gọi bảo vệ hoặc 112."
        ),
    },
    (
        "Later navragen is nooit te laat. Het kan een grote steun zijn om te horen dat iemand "
        "anders het ook zag en het niet in orde vond."
    ): {
        "en": (
            "Checking in later is never too late. It can be a great support to hear that someone "
            "else saw it too and did not think it was okay."
        ),
        "vi": (
            "Hỏi han sau đó không bao giờ là quá muộn. Được biết rằng có người khác cũng đã chứng "
            "kiến và thấy điều đó là không ổn có thể là một sự động viên lớn."
        ),
    },
    (
        "Vraag wat de ander nodig heeft, in plaats van zelf te bepalen wat er moet gebeuren. Stap "
        "niet zonder overleg naar HR of een leidinggevende, tenzij er acuut gevaar is."
    ): {
        "en": (
            "Ask what the other person needs, rather than deciding yourself what should happen. Do "
            "not go to HR or a manager without talking it over first, unless there is acute "
            "danger."
        ),
        "vi": (
            "Hãy hỏi người đó cần gì, thay vì tự mình quyết định điều gì nên xảy ra. Đừng tự ý báo "
            "với bộ phận nhân sự hoặc người quản lý khi chưa trao đổi với họ, trừ khi có nguy hiểm "
            "cấp bách."
        ),
    },
    (
        "Oefen de vijf manieren in het scenario hieronder. Je keuzes tellen niet mee voor je "
        "resultaat."
    ): {
        "en": (
            "Practise the five approaches in the scenario below. Your choices do not count towards "
            "your result."
        ),
        "vi": (
            "Hãy luyện tập năm cách này trong tình huống mô phỏng dưới đây. Các lựa chọn của bạn "
            "không ảnh hưởng đến kết quả."
        ),
    },
    "Niets doen, want jij bent niet degene over wie het gaat.": {
        "en": "Do nothing, because the remark was not about you.",
        "vi": "Không làm gì cả, vì lời nhận xét đó không nhắm vào bạn.",
    },
    (
        "Ook als omstander kun je iets doen. Zwijgen kan overkomen alsof iedereen het gedrag "
        "goedvindt."
    ): {
        "en": (
            "As a bystander you can still act. Silence can come across as if everyone approves of "
            "the behaviour."
        ),
        "vi": (
            "Là người chứng kiến, bạn vẫn có thể làm gì đó. Im lặng có thể khiến người khác nghĩ "
            "rằng mọi người đều đồng tình với hành vi đó."
        ),
    },
    (
        "Het gesprek een andere kant op sturen, bijvoorbeeld met een vraag over het volgende "
        "agendapunt."
    ): {
        "en": (
            "Steer the conversation elsewhere, for example with a question about the next agenda "
            "item."
        ),
        "vi": (
            "Chuyển hướng cuộc trò chuyện, chẳng hạn bằng một câu hỏi về nội dung tiếp theo trong "
            "chương trình họp."
        ),
    },
    (
        "Goed gekozen. Afleiden onderbreekt het moment zonder dat je iemand direct hoeft aan te "
        "spreken. Na afloop kun je de stagiair nog even opzoeken."
    ): {
        "en": (
            "Good choice. Distracting interrupts the moment without you having to confront anyone "
            "directly. Afterwards, you can still check in with the intern."
        ),
        "vi": (
            "Lựa chọn tốt. Đánh lạc hướng giúp cắt ngang khoảnh khắc đó mà bạn không cần phải đối "
            "mặt trực tiếp với ai. Sau cuộc họp, bạn vẫn có thể tìm gặp thực tập sinh để hỏi han."
        ),
    },
    "Meteen een bericht over de collega in de teamchat zetten, zodat iedereen het weet.": {
        "en": "Immediately post a message about the colleague in the team chat so everyone knows.",
        "vi": "Lập tức đăng tin nhắn về người đồng nghiệp đó lên nhóm chat để mọi người cùng biết.",
    },
    (
        "Daarmee zet je de stagiair nog meer in de schijnwerpers en kan de situatie verergeren. "
        "Kies liever een rustige, veilige aanpak."
    ): {
        "en": (
            "That puts the intern even more in the spotlight and may make things worse. Choose a "
            "calm, safe approach instead."
        ),
        "vi": (
            "Làm vậy sẽ khiến thực tập sinh càng bị chú ý hơn và có thể làm tình hình tệ hơn. Tốt "
            "hơn hãy chọn một cách bình tĩnh và an toàn."
        ),
    },
    "Afwachten tot de stagiair er zelf iets van zegt.": {
        "en": "Wait until the intern says something about it themselves.",
        "vi": "Chờ đến khi thực tập sinh tự lên tiếng.",
    },
    (
        "Een nieuwe stagiair heeft weinig invloed in het team. Het is niet eerlijk om te "
        "verwachten dat die het zelf oplost."
    ): {
        "en": (
            "A new intern has little influence in the team. It is not fair to expect them to sort "
            "it out alone."
        ),
        "vi": (
            "Một thực tập sinh mới có rất ít tiếng nói trong nhóm. Sẽ không công bằng nếu mong họ "
            "tự mình giải quyết chuyện này."
        ),
    },
    (
        "Tijdens een teamoverleg maakt een collega een seksueel getinte opmerking over een nieuwe "
        "stagiair. Je voelt je niet zeker genoeg om er meteen iets van te zeggen. Wat is een goede "
        "eerste stap?"
    ): {
        "en": (
            "During a team meeting, a colleague makes a sexual remark about a new intern. You do "
            "not feel confident enough to say something about it right away. What is a good first "
            "step?"
        ),
        "vi": (
            "Trong một cuộc họp nhóm, một đồng nghiệp đưa ra lời nhận xét mang tính tình dục về "
            "một thực tập sinh mới. Bạn chưa đủ tự tin để lên tiếng ngay. Bước đầu tiên phù hợp là "
            "gì?"
        ),
    },
    "Je geeft ze aan je collega, die zelf beslist wat ermee gebeurt.": {
        "en": "Give them to your colleague, who decides what happens with them.",
        "vi": "Đưa chúng cho đồng nghiệp của bạn, người sẽ tự quyết định làm gì với chúng.",
    },
    (
        "Precies. De aantekeningen zijn er om je collega te steunen. Die bepaalt zelf of en hoe ze "
        "worden gebruikt."
    ): {
        "en": (
            "Exactly. The notes are there to support your colleague, who decides whether and how "
            "they are used."
        ),
        "vi": (
            "Chính xác. Những ghi chép này nhằm hỗ trợ đồng nghiệp của bạn. Họ sẽ tự quyết định có "
            "sử dụng chúng hay không và sử dụng như thế nào."
        ),
    },
    "Je zet ze op sociale media om te laten zien wat er misgaat.": {
        "en": "Post them on social media to show what is going wrong.",
        "vi": "Đăng chúng lên mạng xã hội để cho mọi người thấy điều gì đang sai.",
    },
    (
        "Dat schaadt de privacy van je collega en kan veel kwaad doen. Deel niets zonder "
        "toestemming."
    ): {
        "en": (
            "That harms the privacy of your colleague and can do a lot of damage. Share nothing "
            "without permission."
        ),
        "vi": (
            "Điều đó xâm phạm quyền riêng tư của đồng nghiệp và có thể gây hại nhiều. Đừng chia sẻ "
            "bất cứ điều gì khi chưa được cho phép."
        ),
    },
    "Je stuurt ze meteen door naar het hele team.": {
        "en": "Forward them to the whole team straight away.",
        "vi": "Gửi ngay cho cả nhóm.",
    },
    "Zo neem je de regie over van je collega. Overleg eerst met degene om wie het gaat.": {
        "en": "That takes control away from your colleague. First talk to the person it concerns.",
        "vi": (
            "Làm vậy là bạn đã giành quyền quyết định khỏi tay đồng nghiệp. Hãy trao đổi trước với "
            "người có liên quan."
        ),
    },
    (
        "Je zag hoe een klant een collega uitschold en je hebt opgeschreven wat er gebeurde. Wat "
        "doe je met die aantekeningen?"
    ): {
        "en": (
            "You saw a customer verbally abuse a colleague, and you wrote down what happened. What "
            "do you do with those notes?"
        ),
        "vi": (
            "Bạn chứng kiến một khách hàng chửi mắng đồng nghiệp và đã ghi lại những gì xảy ra. "
            "Bạn sẽ làm gì với những ghi chép đó?"
        ),
    },
    "De vertrouwenspersoon: wat je kunt verwachten": {
        "en": "The confidant: what you can expect",
        "vi": "Người tin cậy: những điều bạn có thể mong đợi",
    },
    "de-vertrouwenspersoon": {
        "en": "the-confidant",
        "vi": "nguoi-tin-cay",
    },
    "Wat doet de vertrouwenspersoon?": {
        "en": "What does the confidant do?",
        "vi": "Người tin cậy làm gì?",
    },
    (
        "De vertrouwenspersoon is het eerste aanspreekpunt als je te maken krijgt met ongewenst "
        "gedrag. Ook met zorgen over integriteit, zoals fraude of diefstal, kun je er terecht."
    ): {
        "en": (
            "The confidant is your first point of contact when you face unwanted behaviour. You "
            "can also go to them with concerns about integrity, such as fraud or theft."
        ),
        "vi": (
            "Người tin cậy là đầu mối liên hệ đầu tiên khi bạn gặp phải hành vi không mong muốn. "
            "Bạn cũng có thể tìm đến họ khi lo ngại về vấn đề liêm chính, chẳng hạn như gian lận "
            "hoặc trộm cắp."
        ),
    },
    (
        "De vertrouwenspersoon staat naast jou en komt op voor jouw belangen, maar blijft daarbij "
        "objectief. Concreet doet de vertrouwenspersoon het volgende:"
    ): {
        "en": (
            "The confidant stands by you and looks after your interests, while remaining "
            "objective. In practice, the confidant:"
        ),
        "vi": (
            "Người tin cậy đứng về phía bạn và bảo vệ quyền lợi của bạn, nhưng vẫn giữ sự khách "
            "quan. Cụ thể, người tin cậy sẽ:"
        ),
    },
    "Luistert naar je verhaal en biedt steun.": {
        "en": "Listens to your story and offers support.",
        "vi": "Lắng nghe câu chuyện của bạn và hỗ trợ bạn.",
    },
    (
        "Verkent met jou de mogelijke vervolgstappen: een informeel gesprek, bemiddeling, een "
        "formele klacht bij de klachtencommissie of hulp van buiten."
    ): {
        "en": (
            "Explores possible next steps with you: an informal conversation, mediation, a formal "
            "complaint to the complaints committee or outside help."
        ),
        "vi": (
            "Cùng bạn tìm hiểu các bước tiếp theo có thể thực hiện: một cuộc trò chuyện không "
            "chính thức, hòa giải, khiếu nại chính thức lên ủy ban khiếu nại hoặc tìm sự trợ giúp "
            "từ bên ngoài."
        ),
    },
    "Begeleidt je bij de stap die jij kiest, als je dat wilt.": {
        "en": "Supports you through the step you choose, if you want that.",
        "vi": "Đồng hành cùng bạn trong bước bạn chọn, nếu bạn muốn.",
    },
    (
        "Geeft voorlichting over sociale veiligheid en adviseert de directie over trends, via een "
        "jaarverslag waarin niemand herkenbaar is."
    ): {
        "en": (
            "Provides information about social safety and advises the board on trends through an "
            "annual report in which nobody can be identified."
        ),
        "vi": (
            "Cung cấp thông tin về an toàn tâm lý và xã hội tại nơi làm việc, đồng thời tư vấn cho "
            "ban lãnh đạo về các xu hướng thông qua báo cáo thường niên, trong đó không ai có thể "
            "bị nhận diện."
        ),
    },
    "Wat de vertrouwenspersoon niet doet:": {
        "en": "What the confidant does not do:",
        "vi": "Những điều người tin cậy không làm:",
    },
    "Een oordeel vellen over jou of over de ander.": {
        "en": "Pass judgement on you or on the other person.",
        "vi": "Phán xét bạn hoặc người kia.",
    },
    "Beslissingen voor je nemen of je ergens toe dwingen.": {
        "en": "Make decisions for you or push you into anything.",
        "vi": "Quyết định thay bạn hoặc ép buộc bạn làm điều gì.",
    },
    "Zelf onderzoek doen of maatregelen opleggen.": {
        "en": "Carry out an investigation or impose measures.",
        "vi": "Tự tiến hành điều tra hoặc áp dụng biện pháp xử lý.",
    },
    "Zonder jouw toestemming met anderen over je situatie praten.": {
        "en": "Discuss your situation with others without your permission.",
        "vi": "Nói với người khác về tình huống của bạn khi chưa có sự đồng ý của bạn.",
    },
    "HR of de vertrouwenspersoon?": {
        "en": "HR or the confidant?",
        "vi": "Bộ phận nhân sự hay người tin cậy?",
    },
    (
        "HR en de vertrouwenspersoon worden vaak door elkaar gehaald. Hun rollen verschillen op "
        "vier punten:"
    ): {
        "en": "HR and the confidant are often confused. Their roles differ in four ways:",
        "vi": (
            "Bộ phận nhân sự và người tin cậy thường bị nhầm lẫn với nhau. Vai trò của họ khác "
            "nhau ở bốn điểm:"
        ),
    },
    (
        "Belangen: HR handelt deels in het belang van de werkgever. De vertrouwenspersoon is "
        "onafhankelijk en staat naast jou."
    ): {
        "en": (
            "Interests: HR acts partly in the interest of the employer. The confidant is "
            "independent and stands by you."
        ),
        "vi": (
            "Quyền lợi: bộ phận nhân sự một phần hành động vì lợi ích của người sử dụng lao động. "
            "Người tin cậy thì độc lập và đứng về phía bạn."
        ),
    },
    (
        "Vertrouwelijkheid: HR kan niet altijd geheimhouding beloven. De vertrouwenspersoon kan "
        "dat wel, met twee uitzonderingen."
    ): {
        "en": (
            "Confidentiality: HR cannot always promise confidentiality. The confidant can, with "
            "two exceptions."
        ),
        "vi": (
            "Bảo mật: bộ phận nhân sự không phải lúc nào cũng có thể cam kết giữ bí mật. Người tin "
            "cậy thì có thể, với hai ngoại lệ."
        ),
    },
    (
        "Focus: HR regelt veel, van werving en contracten tot salaris, verlof en loopbaan. Voor de "
        "vertrouwenspersoon is sociale veiligheid de kern van het werk."
    ): {
        "en": (
            "Focus: HR handles many things, from recruitment and contracts to pay, leave and "
            "careers. For the confidant, social safety is the core of the job."
        ),
        "vi": (
            "Trọng tâm: bộ phận nhân sự phụ trách nhiều việc, từ tuyển dụng, hợp đồng đến lương, "
            "nghỉ phép và phát triển nghề nghiệp. Với người tin cậy, an toàn tâm lý và xã hội là "
            "cốt lõi của công việc."
        ),
    },
    (
        "Blik: HR kijkt naar de organisatie als geheel. De vertrouwenspersoon kijkt naar jouw "
        "welzijn."
    ): {
        "en": (
            "Perspective: HR looks at the organisation as a whole. The confidant looks at your "
            "wellbeing."
        ),
        "vi": (
            "Góc nhìn: bộ phận nhân sự nhìn vào tổ chức như một tổng thể. Người tin cậy quan tâm "
            "đến sức khỏe và sự an lành của bạn."
        ),
    },
    (
        "Allebei zijn ze waardevol. Met een vraag over je contract ga je naar HR. Wil je "
        "vertrouwelijk praten over ongewenst gedrag, dan is de vertrouwenspersoon de juiste "
        "persoon."
    ): {
        "en": (
            "Both are valuable. For a question about your contract, you go to HR. If you want to "
            "talk in confidence about unwanted behaviour, the confidant is the right person."
        ),
        "vi": (
            "Cả hai đều có giá trị. Nếu có câu hỏi về hợp đồng, bạn tìm đến bộ phận nhân sự. Nếu "
            "muốn nói chuyện kín đáo về hành vi không mong muốn, người tin cậy là người phù hợp."
        ),
    },
    (
        "Wat je vertelt, blijft tussen jou en de vertrouwenspersoon, tenzij je zelf toestemming "
        "geeft om iets te delen. Alleen bij een strafbaar feit of acuut gevaar kan de "
        "vertrouwenspersoon de geheimhouding doorbreken."
    ): {
        "en": (
            "What you share stays between you and the confidant, unless you give permission to "
            "pass something on. Only in the case of a crime or acute danger can the confidant "
            "break confidentiality."
        ),
        "vi": (
            "Những gì bạn chia sẻ sẽ chỉ giữ giữa bạn và người tin cậy, trừ khi bạn đồng ý cho "
            "phép chia sẻ. Chỉ khi có hành vi phạm tội hoặc nguy hiểm cấp bách, người tin cậy mới "
            "có thể phá vỡ nguyên tắc bảo mật."
        ),
    },
    (
        "Een vertrouwenspersoon kan intern of extern zijn. Een interne vertrouwenspersoon werkt "
        "zelf in de organisatie en kent die goed. Een externe vertrouwenspersoon wordt ingehuurd "
        "en staat helemaal los van de organisatie. Veel mensen vinden het daardoor makkelijker om "
        "die te benaderen."
    ): {
        "en": (
            "A confidant can be internal or external. An internal confidant works within the "
            "organisation and knows it well. An external confidant is hired in and completely "
            "separate from the organisation, which many people find makes them easier to approach."
        ),
        "vi": (
            "Người tin cậy có thể là người nội bộ hoặc người bên ngoài. Người tin cậy nội bộ làm "
            "việc trong tổ chức và hiểu rõ tổ chức. Người tin cậy bên ngoài được thuê và hoàn toàn "
            "độc lập với tổ chức, vì vậy nhiều người thấy dễ tiếp cận họ hơn."
        ),
    },
    (
        "Je kiest zelf bij wie je aanklopt. Je kunt de vertrouwenspersoon bellen, mailen of "
        "persoonlijk spreken."
    ): {
        "en": (
            "You choose who you turn to. You can phone or e-mail the confidant, or meet in person."
        ),
        "vi": (
            "Bạn tự chọn người mình muốn tìm đến. Bạn có thể gọi điện, gửi e-mail hoặc gặp trực "
            "tiếp người tin cậy."
        ),
    },
    (
        "Een eerste gesprek begint meestal met jouw verhaal. De vertrouwenspersoon stelt vragen om "
        "de situatie goed te begrijpen en vat samen wat je nodig hebt. Daarna bekijken jullie "
        "samen welke opties er zijn."
    ): {
        "en": (
            "A first conversation usually starts with your story. The confidant asks questions to "
            "understand the situation properly and sums up what you need. After that, you look at "
            "the available options together."
        ),
        "vi": (
            "Cuộc trò chuyện đầu tiên thường bắt đầu bằng câu chuyện của bạn. Người tin cậy sẽ đặt "
            "câu hỏi để hiểu rõ tình huống và tóm tắt những gì bạn cần. Sau đó, hai bên cùng xem "
            "xét các lựa chọn hiện có."
        ),
    },
    (
        "Je hoeft niets voor te bereiden. Aantekeningen kunnen helpen, maar je mag ook gewoon "
        "langskomen met niet meer dan het gevoel dat er iets niet klopt."
    ): {
        "en": (
            "You do not need to prepare anything. Notes can help, but you are also welcome to come "
            "with nothing more than a feeling that something is not right."
        ),
        "vi": (
            "Bạn không cần chuẩn bị gì cả. Ghi chép có thể hữu ích, nhưng bạn cũng hoàn toàn có "
            "thể đến chỉ với cảm giác rằng có điều gì đó không ổn."
        ),
    },
    (
        "Wil je praten? Hieronder staat hoe je de vertrouwenspersoon bereikt. Een eerste gesprek "
        "is vrijblijvend en vertrouwelijk."
    ): {
        "en": (
            "Would you like to talk? Below you can see how to reach the confidant. A first "
            "conversation is confidential and commits you to nothing."
        ),
        "vi": (
            "Bạn muốn trò chuyện? Dưới đây là cách liên hệ với người tin cậy. Cuộc trò chuyện đầu "
            "tiên được bảo mật và không ràng buộc bạn điều gì."
        ),
    },
    "De vertrouwenspersoon meldt het direct bij HR, zodat er actie wordt ondernomen.": {
        "en": "The confidant reports it to HR straight away so that action is taken.",
        "vi": "Người tin cậy báo ngay cho bộ phận nhân sự để có biện pháp xử lý.",
    },
    (
        "Nee. De vertrouwenspersoon is onafhankelijk van HR en de leiding en deelt niets zonder "
        "jouw toestemming."
    ): {
        "en": (
            "No. The confidant is independent of HR and management and shares nothing without your "
            "permission."
        ),
        "vi": (
            "Không. Người tin cậy độc lập với bộ phận nhân sự và ban quản lý, và không chia sẻ bất "
            "cứ điều gì khi chưa có sự đồng ý của bạn."
        ),
    },
    (
        "Het blijft vertrouwelijk, tenzij jij toestemming geeft of er sprake is van een strafbaar "
        "feit of acuut gevaar."
    ): {
        "en": (
            "It stays confidential, unless you give permission or a crime or acute danger is "
            "involved."
        ),
        "vi": (
            "Thông tin được giữ bí mật, trừ khi bạn cho phép hoặc có liên quan đến hành vi phạm "
            "tội hay nguy hiểm cấp bách."
        ),
    },
    "Klopt. Geheimhouding is het uitgangspunt, met alleen deze twee uitzonderingen.": {
        "en": "Correct. Confidentiality is the starting point, with only these two exceptions.",
        "vi": "Đúng vậy. Bảo mật là nguyên tắc cơ bản, chỉ với hai ngoại lệ này.",
    },
    "Je leidinggevende wordt op de hoogte gebracht, omdat die erbij betrokken is.": {
        "en": "Your manager is informed, because they are involved.",
        "vi": "Người quản lý của bạn sẽ được thông báo vì họ có liên quan.",
    },
    (
        "Nee. Je leidinggevende hoort niets via de vertrouwenspersoon, tenzij jij daar zelf voor "
        "kiest."
    ): {
        "en": (
            "No. Your manager hears nothing through the confidant, unless you choose that yourself."
        ),
        "vi": (
            "Không. Người quản lý sẽ không biết gì thông qua người tin cậy, trừ khi chính bạn muốn "
            "vậy."
        ),
    },
    "De vertrouwenspersoon bepaalt welke stap je moet zetten.": {
        "en": "The confidant decides which step you must take.",
        "vi": "Người tin cậy quyết định bạn phải làm bước nào.",
    },
    "De vertrouwenspersoon denkt mee en geeft advies, maar de keuze ligt altijd bij jou.": {
        "en": (
            "The confidant thinks along with you and gives advice, but the choice is always yours."
        ),
        "vi": (
            "Người tin cậy cùng bạn suy nghĩ và đưa ra lời khuyên, nhưng quyết định luôn nằm ở bạn."
        ),
    },
    (
        "Je vertelt de vertrouwenspersoon dat je leidinggevende je al maanden kleineert. Wat "
        "gebeurt er met die informatie?"
    ): {
        "en": (
            "You tell the confidant that your manager has been belittling you for months. What "
            "happens with that information?"
        ),
        "vi": (
            "Bạn kể với người tin cậy rằng người quản lý đã coi thường bạn suốt nhiều tháng. Thông "
            "tin đó sẽ được xử lý thế nào?"
        ),
    },
}
