"""Demo content for two branching scenarios: a bystander in a team meeting, and repeated
unwanted remarks about your appearance.

Data only. Scenario texts are Dutch; TRANSLATIONS gives English and Vietnamese for every
Dutch string: titles, speakers, situations, debriefs, choice labels and feedback. Keys,
flags, tags and outcomes stay the same in every language.
"""

SCENARIOS = [
    {
        "key": "bystander-meeting",
        "title": "Een opmerking tijdens het teamoverleg",
        "start": "meeting",
        "pass_threshold": 3,
        "steps": [
            {
                "key": "meeting",
                "speaker": "Collega Mark",
                "situation": (
                    "Tijdens het teamoverleg presenteert je nieuwe collega Samira haar eerste "
                    "voorstel. Mark doet overdreven haar accent na en zegt lachend dat ze eerst "
                    "maar eens iets aan haar uitspraak en haar kleding moet doen. Een paar mensen "
                    "grinniken en Samira kijkt naar haar papieren."
                ),
                "choices": [
                    {
                        "label": (
                            "Rustig zeggen dat grappen over iemands accent hier niet thuishoren"
                        ),
                        "feedback": (
                            "Goed dat je er meteen iets van zegt, kort en zonder iemand aan te "
                            "vallen. Zo hoort iedereen dat dit niet normaal is, Samira ook."
                        ),
                        "points": 1,
                        "next": "mark-pushback",
                        "tags": "bystander, direct",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": (
                            "Samira een vraag stellen over haar voorstel, zodat het weer over de "
                            "inhoud gaat"
                        ),
                        "feedback": (
                            "Slim: door af te leiden haal je de aandacht weg bij Mark en krijgt "
                            "Samira het woord terug. Je zegt er niets direct van, maar je "
                            "doorbreekt het moment."
                        ),
                        "points": 1,
                        "next": "after-meeting",
                        "tags": "bystander, distract",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": (
                            "Voor jezelf opschrijven wat Mark zei, hoe laat het was en wie erbij "
                            "zaten"
                        ),
                        "feedback": (
                            "Feitelijke aantekeningen kunnen later veel waard zijn, voor Samira of "
                            "voor een gesprek met de vertrouwenspersoon. Zij bepaalt wat ermee "
                            "gebeurt, niet jij."
                        ),
                        "points": 1,
                        "next": "after-meeting",
                        "tags": "bystander, document",
                        "sets_flag": "noted",
                        "requires_flag": "",
                    },
                    {
                        "label": "Meelachen, dan is de spanning er snel af",
                        "feedback": (
                            "Een begrijpelijke reflex, maar meelachen laat Mark en Samira allebei "
                            "weten dat dit hier kan. De spanning verdwijnt zo alleen voor wie "
                            "lacht."
                        ),
                        "points": -1,
                        "next": "laughed",
                        "tags": "bystander",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "mark-pushback",
                "speaker": "Collega Mark",
                "situation": (
                    "Mark haalt zijn schouders op en zegt dat het maar een grapje was en dat jij "
                    "niet zo gevoelig moet doen. Het wordt stil aan tafel en de teamleider kijkt "
                    "ongemakkelijk."
                ),
                "choices": [
                    {
                        "label": (
                            "Kalm blijven: zeggen dat het voor Samira misschien niet als grap "
                            "voelt, en voorstellen om verder te gaan"
                        ),
                        "feedback": (
                            "Sterk: je blijft rustig, houdt de aandacht bij het effect op Samira "
                            "en brengt het overleg weer op gang. Je hoeft de discussie met Mark "
                            "niet te winnen."
                        ),
                        "points": 1,
                        "next": "after-meeting",
                        "tags": "bystander, direct",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "De teamleider vragen om het overleg in goede banen te leiden",
                        "feedback": (
                            "Goed gezien: de teamleider heeft de rol en de positie om hier in te "
                            "grijpen. Iemand anders inschakelen is ook een manier om te helpen."
                        ),
                        "points": 1,
                        "next": "leader-steps-in",
                        "tags": "bystander, delegate",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Mark terugpakken met een grap over zijn eigen uiterlijk",
                        "feedback": (
                            "Dat voelt misschien als rechtvaardig, maar je herhaalt precies wat je "
                            "afkeurt en maakt er een ruzie tussen jou en Mark van. Samira raakt "
                            "daarbij uit beeld."
                        ),
                        "points": -1,
                        "next": "after-meeting",
                        "tags": "bystander",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "leader-steps-in",
                "speaker": "Teamleider",
                "situation": (
                    "De teamleider zegt dat er in dit team respectvol over elkaar wordt gepraat, "
                    "ook als iets als grap bedoeld is. Ze vraagt Samira om verder te gaan en Mark "
                    "zegt niets meer."
                ),
                "choices": [
                    {
                        "label": (
                            "Na afloop bij Samira langslopen om te horen hoe zij het heeft ervaren"
                        ),
                        "feedback": (
                            "Mooi: het overleg is rechtgezet, maar hoe Samira zich voelt, weet je "
                            "nog niet. Even navragen laat zien dat ze er niet alleen voor staat."
                        ),
                        "points": 1,
                        "next": "samira-talks",
                        "tags": "bystander, delay",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": (
                            "Het verder aan de teamleider overlaten, die heeft het nu opgepakt"
                        ),
                        "feedback": (
                            "Begrijpelijk, want de teamleider greep goed in. Toch weet Samira nu "
                            "niet of iemand uit het team achter haar staat."
                        ),
                        "points": 0,
                        "next": "mixed-end",
                        "tags": "bystander",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "laughed",
                "speaker": "Jij",
                "situation": (
                    "Mark voelt zich gesteund en maakt nog een grap over haar kleding. Samira zegt "
                    "de rest van het overleg niets meer, en jij voelt je er niet goed bij."
                ),
                "choices": [
                    {
                        "label": (
                            "Het alsnog rechtzetten: zeggen dat je meelachte, maar dat dit te ver "
                            "gaat"
                        ),
                        "feedback": (
                            "Terugkomen op je eigen reactie vraagt moed en maakt veel goed. Het is "
                            "nooit te laat om te laten merken waar je staat."
                        ),
                        "points": 1,
                        "next": "after-meeting",
                        "tags": "bystander, direct",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Je mond houden, het overleg gaat toch al verder",
                        "feedback": (
                            "Zwijgen voelt veilig, maar na het meelachen blijft bij Samira vooral "
                            "hangen dat niemand het voor haar opnam."
                        ),
                        "points": 0,
                        "next": "poor-end",
                        "tags": "bystander",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "after-meeting",
                "speaker": "Jij",
                "situation": (
                    "Na het overleg staat Samira in haar eentje bij het koffieapparaat. Ze kijkt "
                    "op haar telefoon, maar je ziet dat de opmerking haar heeft geraakt."
                ),
                "choices": [
                    {
                        "label": "Naar Samira toe gaan en vragen hoe het met haar gaat",
                        "feedback": (
                            "Een kort, oprecht gesprek achteraf is een van de krachtigste dingen "
                            "die je kunt doen. De keuze wat ze ermee doet, laat je bij haar."
                        ),
                        "points": 1,
                        "next": "samira-talks",
                        "tags": "bystander, delay",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Het laten rusten: als Samira hulp wil, vraagt ze er zelf wel om",
                        "feedback": (
                            "Veel mensen denken zo, maar wie net gekwetst is, vraagt zelden zelf "
                            "om hulp. Een klein gebaar van jou maakt die drempel lager."
                        ),
                        "points": 0,
                        "next": "mixed-end",
                        "tags": "bystander",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Bij de andere teamleden uitgebreid over Mark klagen",
                        "feedback": (
                            "Roddelen over Mark helpt Samira niet en kan de sfeer verder "
                            "verzieken. Richt je aandacht liever op haar."
                        ),
                        "points": -1,
                        "next": "poor-end",
                        "tags": "bystander",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "samira-talks",
                "speaker": "Collega Samira",
                "situation": (
                    "Samira vertelt dat Mark vaker zulke opmerkingen maakt en dat ze twijfelt of "
                    "ze er iets mee moet. Ze wil vooral geen gedoe in haar eerste maanden."
                ),
                "choices": [
                    {
                        "label": (
                            "Je aantekeningen aanbieden, voor als ze er later iets mee wil doen"
                        ),
                        "feedback": (
                            "Zo geef je haar iets concreets in handen, zonder te beslissen wat "
                            "ermee gebeurt. Zij bepaalt of en wanneer ze het gebruikt."
                        ),
                        "points": 1,
                        "next": "good-end",
                        "tags": "bystander, document",
                        "sets_flag": "",
                        "requires_flag": "noted",
                    },
                    {
                        "label": (
                            "Vertellen dat ze vertrouwelijk kan praten met de vertrouwenspersoon, "
                            "en dat zij zelf kiest wat ze daarna doet"
                        ),
                        "feedback": (
                            "Precies: de vertrouwenspersoon luistert, staat los van HR en "
                            "leidinggevenden en denkt mee over haar opties. Samira houdt zelf de "
                            "regie."
                        ),
                        "points": 2,
                        "next": "good-end",
                        "tags": "bystander, delegate, seek-help",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": (
                            "Zeggen dat je het meteen bij HR gaat melden, of ze dat nu wil of niet"
                        ),
                        "feedback": (
                            "Goed bedoeld, maar zo neem je de keuze van Samira over. Vraag eerst "
                            "wat zij wil en laat haar het tempo bepalen."
                        ),
                        "points": -1,
                        "next": "mixed-end",
                        "tags": "bystander",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": (
                            "Zeggen dat ze het zich niet zo moet aantrekken, zo is Mark nu eenmaal"
                        ),
                        "feedback": (
                            "Zo maak je haar ervaring kleiner dan die is. Ze hoort dan vooral dat "
                            "ze het zelf maar moet oplossen."
                        ),
                        "points": -1,
                        "next": "poor-end",
                        "tags": "bystander",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "good-end",
                "speaker": "",
                "situation": (
                    "Samira bedankt je voor je steun. Ze weet nu dat ze er niet alleen voor staat "
                    "en dat ze zelf kan kiezen of en wanneer ze een volgende stap zet."
                ),
                "choices": [],
                "outcome": "good",
                "debrief": (
                    "Als omstander heb je meer mogelijkheden dan je misschien denkt: afleiden, "
                    "iemand inschakelen, vastleggen, er direct iets van zeggen of achteraf steun "
                    "bieden. Je koos een aanpak die bij het moment paste en liet de regie bij "
                    "Samira. Twijfel je zelf ooit, dan kun je ook altijd bij de vertrouwenspersoon "
                    "terecht."
                ),
            },
            {
                "key": "mixed-end",
                "speaker": "",
                "situation": (
                    "Een week later is Samira stiller in het overleg. Er is wel iets gebeurd, maar "
                    "ze heeft niet het gevoel dat ze er zelf grip op heeft."
                ),
                "choices": [],
                "outcome": "mixed",
                "debrief": (
                    "Je liet merken dat de opmerking niet klopte, of je wilde iets doen, en dat "
                    "telt. Wat ontbrak, was Samira echt ruimte geven: vragen hoe het met haar gaat "
                    "en haar zelf laten kiezen wat er gebeurt. Een kort gesprek en de tip dat de "
                    "vertrouwenspersoon vertrouwelijk meedenkt, maken vaak het verschil."
                ),
            },
            {
                "key": "poor-end",
                "speaker": "",
                "situation": (
                    "In het volgende overleg maakt Mark weer een soortgelijke opmerking. Samira "
                    "zegt steeds minder en vraagt zich af of ze in dit team wel welkom is."
                ),
                "choices": [],
                "outcome": "poor",
                "debrief": (
                    "Meelachen, zwijgen, het wegwuiven of achter de rug van Mark klagen: het lost "
                    "niets op, en voor Samira klinkt het alsof dit hier normaal is. Je hoeft geen "
                    "held te zijn: een vraag die het gesprek omlegt, een aantekening, de "
                    "teamleider inschakelen of achteraf even navragen helpt al. Twijfel je wat je "
                    "kunt doen, vraag dan de vertrouwenspersoon om raad."
                ),
            },
        ],
    },
    {
        "key": "repeated-remarks",
        "title": "Opmerkingen die maar blijven komen",
        "start": "coffee-corner",
        "pass_threshold": 3,
        "steps": [
            {
                "key": "coffee-corner",
                "speaker": "Collega Rob",
                "situation": (
                    "Bij het koffieapparaat maakt Rob weer een opmerking over je figuur en over "
                    "wat je aanhebt. Het is deze maand al de derde keer, en hij kijkt je er "
                    "grijnzend bij aan."
                ),
                "choices": [
                    {
                        "label": (
                            "Rustig en duidelijk zeggen dat je zulke opmerkingen over je lichaam "
                            "niet wilt"
                        ),
                        "feedback": (
                            "Een duidelijke grens, kort en zonder uitleg, is vaak het sterkst. Je "
                            "hoeft je niet te verantwoorden voor wat je wel of niet prettig vindt."
                        ),
                        "points": 1,
                        "next": "rob-reacts",
                        "tags": "speak-up",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Bijhouden wat Rob zei, op welke dag en wie het konden horen",
                        "feedback": (
                            "Slim: een eenvoudig logboek helpt je later om je verhaal te "
                            "vertellen, bij de vertrouwenspersoon of in een klacht. Schrijf alleen "
                            "op wat er gebeurde, zonder het mooier of erger te maken."
                        ),
                        "points": 1,
                        "next": "next-week",
                        "tags": "document",
                        "sets_flag": "logbook",
                        "requires_flag": "",
                    },
                    {
                        "label": "Ongemakkelijk lachen en snel teruglopen naar je bureau",
                        "feedback": (
                            "Heel begrijpelijk: zo reageren veel mensen als ze overvallen worden. "
                            "Het zegt niets over of het oké was, en je kunt er later alsnog iets "
                            "mee."
                        ),
                        "points": 0,
                        "next": "next-week",
                        "tags": "avoid",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Terugkaatsen met een gemene opmerking over zijn uiterlijk",
                        "feedback": (
                            "Je boosheid is terecht, maar zo wordt het een welles-nietes tussen "
                            "jullie twee. Dat maakt het later lastiger om te laten zien wat er "
                            "echt speelt."
                        ),
                        "points": -1,
                        "next": "rob-reacts",
                        "tags": "retaliate",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "rob-reacts",
                "speaker": "Collega Rob",
                "situation": (
                    "Rob lacht het weg. Volgens hem is het gewoon een compliment en kun jij "
                    "nergens tegen."
                ),
                "choices": [
                    {
                        "label": "Je grens herhalen en het gesprek beëindigen",
                        "feedback": (
                            "Goed: je hoeft niet in discussie over wat een compliment is. Herhalen "
                            "en weglopen is genoeg."
                        ),
                        "points": 1,
                        "next": "next-week",
                        "tags": "speak-up",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Je teamleider vragen om er eens naar te kijken",
                        "feedback": (
                            "Dat kan, en soms helpt het. Weet wel dat een leidinggevende ook de "
                            "belangen van de organisatie afweegt en niet altijd alles "
                            "vertrouwelijk kan houden."
                        ),
                        "points": 0,
                        "next": "leader-talk",
                        "tags": "seek-help",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Denken dat je misschien overdrijft en het erbij laten",
                        "feedback": (
                            "Die twijfel hebben veel mensen, maar je overdrijft niet. Herhaalde "
                            "opmerkingen over je lichaam die je niet wilt, zijn ongewenst gedrag."
                        ),
                        "points": 0,
                        "next": "next-week",
                        "tags": "avoid",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "next-week",
                "speaker": "Jij",
                "situation": (
                    "Een week later gaan de opmerkingen gewoon door. Je merkt dat je de koffiehoek "
                    "ontloopt en er thuis nog over ligt te piekeren."
                ),
                "choices": [
                    {
                        "label": "Contact opnemen met de vertrouwenspersoon",
                        "feedback": (
                            "Een goede stap: de vertrouwenspersoon is er precies voor dit soort "
                            "situaties. Je hoeft nog niets besloten te hebben om te bellen of te "
                            "mailen."
                        ),
                        "points": 1,
                        "next": "confidant",
                        "tags": "seek-help",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Het bespreken met je teamleider",
                        "feedback": (
                            "Dat mag, maar je teamleider is niet onafhankelijk en kan geen "
                            "geheimhouding beloven. Het helpt om eerst te weten wat je zelf wilt."
                        ),
                        "points": 0,
                        "next": "leader-talk",
                        "tags": "seek-help",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Een boos bericht over Rob in de groepsapp van het team zetten",
                        "feedback": (
                            "Je frustratie is begrijpelijk, maar een openbaar bericht kan zich "
                            "tegen je keren en lost het probleem niet op. Een vertrouwelijk "
                            "gesprek geeft je meer grip."
                        ),
                        "points": -1,
                        "next": "poor-end",
                        "tags": "retaliate",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Het nog even aanzien en hopen dat het vanzelf stopt",
                        "feedback": (
                            "Veel mensen hopen dat, en dat is niet gek. Helaas stoppen herhaalde "
                            "opmerkingen zelden vanzelf, en je hoeft het niet alleen te dragen."
                        ),
                        "points": 0,
                        "next": "poor-end",
                        "tags": "avoid",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "leader-talk",
                "speaker": "Teamleider",
                "situation": (
                    "Je teamleider luistert, maar zegt dat Rob het vast niet zo bedoelt en vraagt "
                    "of je er wat luchtiger mee om kunt gaan. Je voelt je niet echt gehoord."
                ),
                "choices": [
                    {
                        "label": "Vragen hoe je de vertrouwenspersoon kunt bereiken",
                        "feedback": (
                            "Goed dat je doorzet. Als een gesprek met je leidinggevende niet "
                            "helpt, is de vertrouwenspersoon een onafhankelijke plek om verder te "
                            "praten."
                        ),
                        "points": 1,
                        "next": "confidant",
                        "tags": "seek-help",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Je schouders ophalen en verder niets meer ondernemen",
                        "feedback": (
                            "Na zo een reactie is het logisch dat je even de moed verliest. Weet "
                            "dat er meer wegen zijn, ook als deze deur dicht lijkt."
                        ),
                        "points": 0,
                        "next": "mixed-end",
                        "tags": "avoid",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "confidant",
                "speaker": "Vertrouwenspersoon",
                "situation": (
                    "De vertrouwenspersoon neemt de tijd en legt uit dat alles wat je vertelt "
                    "vertrouwelijk blijft, behalve bij een strafbaar feit of acuut gevaar. Ze "
                    "staat los van HR en je leidinggevende en beslist niets zonder jou."
                ),
                "choices": [
                    {
                        "label": (
                            "Je logboek erbij pakken en aan de hand daarvan vertellen wat er "
                            "gebeurde"
                        ),
                        "feedback": (
                            "Je aantekeningen maken je verhaal concreet en helpen de "
                            "vertrouwenspersoon het patroon te zien. Jij bepaalt wat je deelt."
                        ),
                        "points": 1,
                        "next": "options",
                        "tags": "document, seek-help",
                        "sets_flag": "",
                        "requires_flag": "logbook",
                    },
                    {
                        "label": "In je eigen woorden en in je eigen tempo vertellen wat er speelt",
                        "feedback": (
                            "Zo hoort het: je hoeft niets te bewijzen en niets te haasten. De "
                            "vertrouwenspersoon luistert en oordeelt niet."
                        ),
                        "points": 1,
                        "next": "options",
                        "tags": "seek-help",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": (
                            "Vragen of de vertrouwenspersoon Rob direct een waarschuwing kan geven"
                        ),
                        "feedback": (
                            "Dat is niet de rol van de vertrouwenspersoon: die straft niet en "
                            "beslist niet over anderen. Wel zoekt ze samen met jou uit welke "
                            "stappen er mogelijk zijn."
                        ),
                        "points": 0,
                        "next": "options",
                        "tags": "seek-help",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "options",
                "speaker": "Vertrouwenspersoon",
                "situation": (
                    "Samen zetten jullie de mogelijkheden op een rij: zelf met Rob praten, een "
                    "gesprek onder begeleiding, je leidinggevende inschakelen of een formele "
                    "klacht bij de klachtencommissie. De vertrouwenspersoon zegt dat jij kiest, en "
                    "dat je daar ook de tijd voor mag nemen."
                ),
                "choices": [
                    {
                        "label": "Kiezen voor een gesprek met Rob, met een bemiddelaar erbij",
                        "feedback": (
                            "Een begeleid gesprek geeft je een veilige setting om je grens nog "
                            "eens duidelijk te maken. De vertrouwenspersoon helpt je het voor te "
                            "bereiden."
                        ),
                        "points": 1,
                        "next": "good-end",
                        "tags": "seek-help, speak-up",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": "Een formele klacht indienen, met steun van de vertrouwenspersoon",
                        "feedback": (
                            "Een klacht is een serieuze stap waar je recht op hebt. De "
                            "vertrouwenspersoon kan je helpen bij het opstellen en gaat desgewenst "
                            "met je mee."
                        ),
                        "points": 1,
                        "next": "good-end",
                        "tags": "seek-help, escalate",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                    {
                        "label": (
                            "Eerst bijhouden wat er gebeurt en over twee weken opnieuw afspreken"
                        ),
                        "feedback": (
                            "Ook dat is een goede keuze: je hoeft niet meteen te beslissen. Je "
                            "weet nu waar je terecht kunt als je er klaar voor bent."
                        ),
                        "points": 1,
                        "next": "good-end",
                        "tags": "document, seek-help",
                        "sets_flag": "",
                        "requires_flag": "",
                    },
                ],
                "outcome": "",
                "debrief": "",
            },
            {
                "key": "good-end",
                "speaker": "",
                "situation": (
                    "Je gaat naar huis met een plan dat bij jou past. Je staat er niet meer alleen "
                    "voor, en je houdt zelf de regie over wat er gebeurt."
                ),
                "choices": [],
                "outcome": "good",
                "debrief": (
                    "Bij herhaalde ongewenste opmerkingen heb je verschillende mogelijkheden: zelf "
                    "een grens aangeven, bijhouden wat er gebeurt, met de vertrouwenspersoon "
                    "praten en eventueel een formele klacht indienen. De vertrouwenspersoon "
                    "luistert vertrouwelijk, staat los van HR en je leidinggevende en helpt je je "
                    "opties te verkennen. De keuze blijft altijd bij jou."
                ),
            },
            {
                "key": "mixed-end",
                "speaker": "",
                "situation": (
                    "De teamleider zegt terloops iets tegen Rob, en hij houdt zich een tijdje in. "
                    "Maar niemand heeft echt met je meegedacht, en je weet niet wat je moet doen "
                    "als het opnieuw begint."
                ),
                "choices": [],
                "outcome": "mixed",
                "debrief": (
                    "Je zette de stap om erover te praten, en dat is niet niks. Een leidinggevende "
                    "reageert niet altijd zoals je hoopt. Daarvoor is er de vertrouwenspersoon: "
                    "onafhankelijk, vertrouwelijk en er om samen met jou je opties te bekijken. "
                    "Ook later kun je daar nog terecht."
                ),
            },
            {
                "key": "poor-end",
                "speaker": "",
                "situation": (
                    "De opmerkingen gaan door en je ziet steeds meer op tegen je werkdagen. Je "
                    "voelt je er alleen mee."
                ),
                "choices": [],
                "outcome": "poor",
                "debrief": (
                    "Dit is geen verwijt: wie steeds opmerkingen krijgt, zoekt vaak eerst zelf een "
                    "uitweg, en dat is heel menselijk. Toch stopt dit gedrag zelden vanzelf, en "
                    "het is nooit jouw schuld. Je kunt altijd, ook nu nog, vertrouwelijk praten "
                    "met de vertrouwenspersoon, die met je meedenkt en jou laat beslissen."
                ),
            },
        ],
    },
]

TRANSLATIONS = {
    "Een opmerking tijdens het teamoverleg": {
        "en": "A remark during the team meeting",
        "vi": "Một lời nhận xét trong buổi họp nhóm",
    },
    "Collega Mark": {
        "en": "Colleague Mark",
        "vi": "Đồng nghiệp Mark",
    },
    (
        "Tijdens het teamoverleg presenteert je nieuwe collega Samira haar eerste voorstel. Mark "
        "doet overdreven haar accent na en zegt lachend dat ze eerst maar eens iets aan haar "
        "uitspraak en haar kleding moet doen. Een paar mensen grinniken en Samira kijkt naar haar "
        "papieren."
    ): {
        "en": (
            "During the team meeting, your new colleague Samira presents her first proposal. Mark "
            "mimics her accent in an exaggerated way and says, laughing, that she should work on "
            "her pronunciation and her clothes first. A few people snigger and Samira looks down "
            "at her papers."
        ),
        "vi": (
            "Trong buổi họp nhóm, đồng nghiệp mới Samira đang trình bày đề xuất đầu tiên của mình. "
            "Mark nhại lại giọng nói của cô một cách cường điệu và vừa cười vừa nói rằng cô nên "
            "sửa cách phát âm và cách ăn mặc trước đã. Vài người cười khúc khích, còn Samira cúi "
            "nhìn xuống tập giấy của mình."
        ),
    },
    "Rustig zeggen dat grappen over iemands accent hier niet thuishoren": {
        "en": "Calmly say that jokes about the way someone speaks do not belong here",
        "vi": "Bình tĩnh nói rằng những câu đùa về giọng nói của người khác không phù hợp ở đây",
    },
    (
        "Goed dat je er meteen iets van zegt, kort en zonder iemand aan te vallen. Zo hoort "
        "iedereen dat dit niet normaal is, Samira ook."
    ): {
        "en": (
            "Good that you speak up straight away, briefly and without attacking anyone. That way "
            "everyone hears that this is not normal, Samira included."
        ),
        "vi": (
            "Thật tốt khi bạn lên tiếng ngay, ngắn gọn và không công kích ai. Nhờ vậy mọi người, "
            "kể cả Samira, đều hiểu rằng chuyện này không bình thường."
        ),
    },
    "Samira een vraag stellen over haar voorstel, zodat het weer over de inhoud gaat": {
        "en": "Ask Samira a question about her proposal, so the focus goes back to the content",
        "vi": (
            "Đặt cho Samira một câu hỏi về đề xuất của cô ấy, để cuộc họp quay lại với nội dung "
            "chính"
        ),
    },
    (
        "Slim: door af te leiden haal je de aandacht weg bij Mark en krijgt Samira het woord "
        "terug. Je zegt er niets direct van, maar je doorbreekt het moment."
    ): {
        "en": (
            "Smart: by steering attention away from Mark, you give Samira the floor again. You do "
            "not address the remark directly, but you break the moment."
        ),
        "vi": (
            "Khéo léo: bằng cách chuyển hướng sự chú ý khỏi Mark, bạn trả lại lời cho Samira. Bạn "
            "không trực tiếp phản đối câu nói đó, nhưng bạn đã phá vỡ khoảnh khắc ấy."
        ),
    },
    "Voor jezelf opschrijven wat Mark zei, hoe laat het was en wie erbij zaten": {
        "en": "Write down for yourself what Mark said, what time it was and who was there",
        "vi": "Tự ghi lại những gì Mark đã nói, lúc mấy giờ và những ai có mặt",
    },
    (
        "Feitelijke aantekeningen kunnen later veel waard zijn, voor Samira of voor een gesprek "
        "met de vertrouwenspersoon. Zij bepaalt wat ermee gebeurt, niet jij."
    ): {
        "en": (
            "Factual notes can be valuable later, for Samira or for a conversation with the "
            "confidant. She decides what happens with them, not you."
        ),
        "vi": (
            "Những ghi chép đúng sự thật có thể rất có giá trị về sau, cho Samira hoặc cho một "
            "cuộc trò chuyện với người tin cậy. Cô ấy là người quyết định sẽ làm gì với chúng, "
            "không phải bạn."
        ),
    },
    "Meelachen, dan is de spanning er snel af": {
        "en": "Laugh along, so the tension passes quickly",
        "vi": "Cười theo để không khí bớt căng thẳng",
    },
    (
        "Een begrijpelijke reflex, maar meelachen laat Mark en Samira allebei weten dat dit hier "
        "kan. De spanning verdwijnt zo alleen voor wie lacht."
    ): {
        "en": (
            "An understandable reflex, but laughing along tells both Mark and Samira that this is "
            "acceptable here. It only eases the tension for those who laugh."
        ),
        "vi": (
            "Đó là một phản xạ dễ hiểu, nhưng cười theo sẽ cho cả Mark lẫn Samira thấy rằng chuyện "
            "này được chấp nhận ở đây. Sự căng thẳng chỉ dịu đi với những người đang cười."
        ),
    },
    (
        "Mark haalt zijn schouders op en zegt dat het maar een grapje was en dat jij niet zo "
        "gevoelig moet doen. Het wordt stil aan tafel en de teamleider kijkt ongemakkelijk."
    ): {
        "en": (
            "Mark shrugs and says it was only a joke and that you should not be so sensitive. The "
            "table goes quiet and the team leader looks uncomfortable."
        ),
        "vi": (
            "Mark nhún vai và nói rằng đó chỉ là một câu đùa, và bạn không nên nhạy cảm như vậy. "
            "Cả bàn im lặng, còn trưởng nhóm trông có vẻ lúng túng."
        ),
    },
    (
        "Kalm blijven: zeggen dat het voor Samira misschien niet als grap voelt, en voorstellen om "
        "verder te gaan"
    ): {
        "en": "Stay calm: say that it may not feel like a joke to Samira, and suggest carrying on",
        "vi": (
            "Giữ bình tĩnh: nói rằng với Samira, đó có thể không phải là chuyện đùa, và đề nghị "
            "tiếp tục cuộc họp"
        ),
    },
    (
        "Sterk: je blijft rustig, houdt de aandacht bij het effect op Samira en brengt het overleg "
        "weer op gang. Je hoeft de discussie met Mark niet te winnen."
    ): {
        "en": (
            "Strong: you stay calm, keep the focus on the effect on Samira and get the meeting "
            "moving again. You do not need to win the argument with Mark."
        ),
        "vi": (
            "Rất tốt: bạn giữ bình tĩnh, tập trung vào tác động đối với Samira và giúp buổi họp "
            "tiếp tục. Bạn không cần phải thắng trong cuộc tranh luận với Mark."
        ),
    },
    "De teamleider vragen om het overleg in goede banen te leiden": {
        "en": "Ask the team leader to steer the meeting back on track",
        "vi": "Nhờ trưởng nhóm điều hướng buổi họp trở lại đúng hướng",
    },
    (
        "Goed gezien: de teamleider heeft de rol en de positie om hier in te grijpen. Iemand "
        "anders inschakelen is ook een manier om te helpen."
    ): {
        "en": (
            "Well spotted: the team leader has both the role and the position to step in here. "
            "Bringing in someone else is a way of helping too."
        ),
        "vi": (
            "Nhận định đúng: trưởng nhóm có cả vai trò lẫn vị trí để can thiệp lúc này. Nhờ người "
            "khác vào cuộc cũng là một cách giúp đỡ."
        ),
    },
    "Mark terugpakken met een grap over zijn eigen uiterlijk": {
        "en": "Get back at Mark with a joke about his own looks",
        "vi": "Trả đũa Mark bằng một câu đùa về ngoại hình của chính anh ta",
    },
    (
        "Dat voelt misschien als rechtvaardig, maar je herhaalt precies wat je afkeurt en maakt er "
        "een ruzie tussen jou en Mark van. Samira raakt daarbij uit beeld."
    ): {
        "en": (
            "It may feel fair, but you repeat exactly what you object to and turn it into a fight "
            "between you and Mark. Samira drops out of the picture."
        ),
        "vi": (
            "Có thể bạn thấy như vậy là công bằng, nhưng bạn đang lặp lại đúng điều mình phản đối "
            "và biến nó thành cuộc cãi vã giữa bạn và Mark. Samira bị lãng quên trong chuyện này."
        ),
    },
    "Teamleider": {
        "en": "Team leader",
        "vi": "Trưởng nhóm",
    },
    (
        "De teamleider zegt dat er in dit team respectvol over elkaar wordt gepraat, ook als iets "
        "als grap bedoeld is. Ze vraagt Samira om verder te gaan en Mark zegt niets meer."
    ): {
        "en": (
            "The team leader says that in this team people speak about each other respectfully, "
            "even when something is meant as a joke. She asks Samira to carry on and Mark says "
            "nothing more."
        ),
        "vi": (
            "Trưởng nhóm nói rằng trong nhóm này mọi người nói về nhau một cách tôn trọng, kể cả "
            "khi điều gì đó chỉ là lời nói đùa. Chị ấy mời Samira tiếp tục và Mark không nói gì "
            "thêm."
        ),
    },
    "Na afloop bij Samira langslopen om te horen hoe zij het heeft ervaren": {
        "en": "Drop by Samira afterwards to hear how she experienced it",
        "vi": "Sau buổi họp, ghé qua chỗ Samira để hỏi xem cô ấy cảm thấy thế nào",
    },
    (
        "Mooi: het overleg is rechtgezet, maar hoe Samira zich voelt, weet je nog niet. Even "
        "navragen laat zien dat ze er niet alleen voor staat."
    ): {
        "en": (
            "Lovely: the meeting has been put right, but you do not yet know how Samira feels. "
            "Checking in shows her she is not on her own."
        ),
        "vi": (
            "Tuyệt vời: buổi họp đã được điều chỉnh lại, nhưng bạn vẫn chưa biết Samira cảm thấy "
            "thế nào. Hỏi han cô ấy một chút cho thấy cô ấy không đơn độc."
        ),
    },
    "Het verder aan de teamleider overlaten, die heeft het nu opgepakt": {
        "en": "Leave the rest to the team leader, who has picked it up now",
        "vi": "Để phần còn lại cho trưởng nhóm, vì chị ấy đã xử lý rồi",
    },
    (
        "Begrijpelijk, want de teamleider greep goed in. Toch weet Samira nu niet of iemand uit "
        "het team achter haar staat."
    ): {
        "en": (
            "Understandable, because the team leader stepped in well. Still, Samira does not know "
            "whether anyone in the team is on her side."
        ),
        "vi": (
            "Điều này dễ hiểu, vì trưởng nhóm đã can thiệp tốt. Tuy vậy, Samira vẫn không biết "
            "liệu có ai trong nhóm đứng về phía cô ấy hay không."
        ),
    },
    "Jij": {
        "en": "You",
        "vi": "Bạn",
    },
    (
        "Mark voelt zich gesteund en maakt nog een grap over haar kleding. Samira zegt de rest van "
        "het overleg niets meer, en jij voelt je er niet goed bij."
    ): {
        "en": (
            "Mark feels encouraged and makes another joke about her clothes. Samira says nothing "
            "for the rest of the meeting, and you feel uneasy about it."
        ),
        "vi": (
            "Mark cảm thấy được ủng hộ và lại đùa thêm một câu về quần áo của cô ấy. Samira im "
            "lặng suốt phần còn lại của buổi họp, còn bạn cảm thấy không thoải mái."
        ),
    },
    "Het alsnog rechtzetten: zeggen dat je meelachte, maar dat dit te ver gaat": {
        "en": "Put it right after all: say that you laughed along, but that this goes too far",
        "vi": "Sửa sai ngay lúc này: nói rằng bạn đã cười theo, nhưng chuyện này đã đi quá xa",
    },
    (
        "Terugkomen op je eigen reactie vraagt moed en maakt veel goed. Het is nooit te laat om te "
        "laten merken waar je staat."
    ): {
        "en": (
            "Going back on your own reaction takes courage and repairs a lot. It is never too late "
            "to show where you stand."
        ),
        "vi": (
            "Quay lại sửa phản ứng của chính mình cần sự can đảm và giúp hàn gắn rất nhiều. Không "
            "bao giờ là quá muộn để cho thấy lập trường của bạn."
        ),
    },
    "Je mond houden, het overleg gaat toch al verder": {
        "en": "Keep quiet, the meeting is moving on anyway",
        "vi": "Im lặng, dù sao cuộc họp cũng đã chuyển sang chuyện khác",
    },
    (
        "Zwijgen voelt veilig, maar na het meelachen blijft bij Samira vooral hangen dat niemand "
        "het voor haar opnam."
    ): {
        "en": (
            "Staying quiet feels safe, but after the laughter, what stays with Samira is that "
            "nobody stood up for her."
        ),
        "vi": (
            "Im lặng có vẻ an toàn, nhưng sau tiếng cười ấy, điều đọng lại trong Samira là không "
            "ai lên tiếng bênh vực cô ấy."
        ),
    },
    (
        "Na het overleg staat Samira in haar eentje bij het koffieapparaat. Ze kijkt op haar "
        "telefoon, maar je ziet dat de opmerking haar heeft geraakt."
    ): {
        "en": (
            "After the meeting, Samira is standing alone by the coffee machine. She is looking at "
            "her phone, but you can see that the remark has hurt her."
        ),
        "vi": (
            "Sau buổi họp, Samira đứng một mình bên máy pha cà phê. Cô ấy đang nhìn điện thoại, "
            "nhưng bạn có thể thấy lời nhận xét kia đã làm cô ấy tổn thương."
        ),
    },
    "Naar Samira toe gaan en vragen hoe het met haar gaat": {
        "en": "Go over to Samira and ask how she is doing",
        "vi": "Đến chỗ Samira và hỏi thăm cô ấy thế nào",
    },
    (
        "Een kort, oprecht gesprek achteraf is een van de krachtigste dingen die je kunt doen. De "
        "keuze wat ze ermee doet, laat je bij haar."
    ): {
        "en": (
            "A short, sincere conversation afterwards is one of the most powerful things you can "
            "do. You leave the choice of what to do next to her."
        ),
        "vi": (
            "Một cuộc trò chuyện ngắn và chân thành sau đó là một trong những điều có sức mạnh "
            "nhất bạn có thể làm. Bạn để cô ấy tự quyết định sẽ làm gì tiếp theo."
        ),
    },
    "Het laten rusten: als Samira hulp wil, vraagt ze er zelf wel om": {
        "en": "Let it rest: if Samira wants help, she will ask for it herself",
        "vi": "Để mọi chuyện yên: nếu Samira cần giúp đỡ, cô ấy sẽ tự lên tiếng",
    },
    (
        "Veel mensen denken zo, maar wie net gekwetst is, vraagt zelden zelf om hulp. Een klein "
        "gebaar van jou maakt die drempel lager."
    ): {
        "en": (
            "Many people think this way, but someone who has just been hurt rarely asks for help. "
            "A small gesture from you makes that step easier."
        ),
        "vi": (
            "Nhiều người nghĩ như vậy, nhưng người vừa bị tổn thương hiếm khi tự mình tìm kiếm sự "
            "giúp đỡ. Một cử chỉ nhỏ từ bạn sẽ giúp cô ấy dễ mở lời hơn."
        ),
    },
    "Bij de andere teamleden uitgebreid over Mark klagen": {
        "en": "Complain at length about Mark to the other team members",
        "vi": "Than phiền dài dòng về Mark với các thành viên khác trong nhóm",
    },
    (
        "Roddelen over Mark helpt Samira niet en kan de sfeer verder verzieken. Richt je aandacht "
        "liever op haar."
    ): {
        "en": (
            "Gossiping about Mark does not help Samira and can sour the atmosphere further. Turn "
            "your attention to her instead."
        ),
        "vi": (
            "Nói xấu Mark không giúp được gì cho Samira và có thể làm bầu không khí thêm nặng nề. "
            "Hãy dành sự quan tâm của bạn cho cô ấy thì hơn."
        ),
    },
    "Collega Samira": {
        "en": "Colleague Samira",
        "vi": "Đồng nghiệp Samira",
    },
    (
        "Samira vertelt dat Mark vaker zulke opmerkingen maakt en dat ze twijfelt of ze er iets "
        "mee moet. Ze wil vooral geen gedoe in haar eerste maanden."
    ): {
        "en": (
            "Samira tells you that Mark often makes remarks like this and that she is unsure "
            "whether to do anything about it. Above all, she does not want any trouble in her "
            "first months."
        ),
        "vi": (
            "Samira kể rằng Mark thường xuyên đưa ra những lời nhận xét như vậy và cô ấy đang phân "
            "vân không biết có nên làm gì không. Trên hết, cô ấy không muốn gặp rắc rối trong "
            "những tháng đầu tiên."
        ),
    },
    "Je aantekeningen aanbieden, voor als ze er later iets mee wil doen": {
        "en": "Offer your notes, in case she wants to do something with them later",
        "vi": "Đưa cho cô ấy những ghi chép của bạn, phòng khi sau này cô ấy muốn dùng đến",
    },
    (
        "Zo geef je haar iets concreets in handen, zonder te beslissen wat ermee gebeurt. Zij "
        "bepaalt of en wanneer ze het gebruikt."
    ): {
        "en": (
            "This gives her something concrete to hold on to, without deciding what happens with "
            "it. She decides whether and when to use it."
        ),
        "vi": (
            "Như vậy bạn trao cho cô ấy một điều cụ thể, mà không quyết định thay cô ấy sẽ làm gì "
            "với nó. Cô ấy là người quyết định có dùng đến nó hay không và khi nào."
        ),
    },
    (
        "Vertellen dat ze vertrouwelijk kan praten met de vertrouwenspersoon, en dat zij zelf "
        "kiest wat ze daarna doet"
    ): {
        "en": (
            "Tell her she can talk to the confidant in confidence, and that she chooses for "
            "herself what to do next"
        ),
        "vi": (
            "Cho cô ấy biết rằng cô ấy có thể trò chuyện kín đáo với người tin cậy, và chính cô ấy "
            "sẽ chọn làm gì tiếp theo"
        ),
    },
    (
        "Precies: de vertrouwenspersoon luistert, staat los van HR en leidinggevenden en denkt mee "
        "over haar opties. Samira houdt zelf de regie."
    ): {
        "en": (
            "Exactly: the confidant listens, is independent of HR and managers, and helps her "
            "think through her options. Samira stays in charge."
        ),
        "vi": (
            "Chính xác: người tin cậy sẽ lắng nghe, độc lập với bộ phận nhân sự và các cấp quản "
            "lý, và cùng cô ấy cân nhắc các lựa chọn. Samira vẫn là người làm chủ quyết định."
        ),
    },
    "Zeggen dat je het meteen bij HR gaat melden, of ze dat nu wil of niet": {
        "en": "Say that you will report it to HR right away, whether she wants that or not",
        "vi": "Nói rằng bạn sẽ báo ngay cho bộ phận nhân sự, dù cô ấy có muốn hay không",
    },
    (
        "Goed bedoeld, maar zo neem je de keuze van Samira over. Vraag eerst wat zij wil en laat "
        "haar het tempo bepalen."
    ): {
        "en": (
            "Well meant, but this takes the decision away from Samira. Ask first what she wants "
            "and let her set the pace."
        ),
        "vi": (
            "Ý tốt, nhưng như vậy là bạn đã quyết định thay Samira. Hãy hỏi cô ấy muốn gì trước và "
            "để cô ấy tự chọn nhịp độ."
        ),
    },
    "Zeggen dat ze het zich niet zo moet aantrekken, zo is Mark nu eenmaal": {
        "en": "Tell her not to take it to heart, that is just how Mark is",
        "vi": "Bảo cô ấy đừng để bụng, vì Mark vốn là người như vậy",
    },
    (
        "Zo maak je haar ervaring kleiner dan die is. Ze hoort dan vooral dat ze het zelf maar "
        "moet oplossen."
    ): {
        "en": (
            "This makes her experience seem smaller than it is. What she mostly hears is that she "
            "has to sort it out on her own."
        ),
        "vi": (
            "Như vậy bạn đang xem nhẹ trải nghiệm của cô ấy. Điều cô ấy nghe thấy chủ yếu là cô ấy "
            "phải tự mình giải quyết."
        ),
    },
    (
        "Samira bedankt je voor je steun. Ze weet nu dat ze er niet alleen voor staat en dat ze "
        "zelf kan kiezen of en wanneer ze een volgende stap zet."
    ): {
        "en": (
            "Samira thanks you for your support. She now knows she is not alone and that she can "
            "choose for herself whether and when to take a next step."
        ),
        "vi": (
            "Samira cảm ơn sự hỗ trợ của bạn. Giờ đây cô ấy biết mình không đơn độc và có thể tự "
            "chọn có bước tiếp hay không, và khi nào."
        ),
    },
    (
        "Als omstander heb je meer mogelijkheden dan je misschien denkt: afleiden, iemand "
        "inschakelen, vastleggen, er direct iets van zeggen of achteraf steun bieden. Je koos een "
        "aanpak die bij het moment paste en liet de regie bij Samira. Twijfel je zelf ooit, dan "
        "kun je ook altijd bij de vertrouwenspersoon terecht."
    ): {
        "en": (
            "As a bystander you have more options than you might think: distracting, bringing "
            "someone in, writing things down, speaking up directly or offering support afterwards. "
            "You chose an approach that suited the moment and left Samira in charge. If you are "
            "ever unsure yourself, you can always turn to the confidant too."
        ),
        "vi": (
            "Là người chứng kiến, bạn có nhiều lựa chọn hơn bạn nghĩ: đánh lạc hướng, nhờ người "
            "khác can thiệp, ghi lại sự việc, lên tiếng trực tiếp hoặc hỗ trợ sau đó. Bạn đã chọn "
            "cách phù hợp với tình huống và để Samira tự quyết định. Nếu chính bạn có lúc băn "
            "khoăn, bạn cũng luôn có thể tìm đến người tin cậy."
        ),
    },
    (
        "Een week later is Samira stiller in het overleg. Er is wel iets gebeurd, maar ze heeft "
        "niet het gevoel dat ze er zelf grip op heeft."
    ): {
        "en": (
            "A week later, Samira is quieter in meetings. Something did happen, but she does not "
            "feel she has any say in it."
        ),
        "vi": (
            "Một tuần sau, Samira trở nên ít nói hơn trong các buổi họp. Đã có chuyện xảy ra, "
            "nhưng cô ấy không cảm thấy mình có tiếng nói gì trong đó."
        ),
    },
    (
        "Je liet merken dat de opmerking niet klopte, of je wilde iets doen, en dat telt. Wat "
        "ontbrak, was Samira echt ruimte geven: vragen hoe het met haar gaat en haar zelf laten "
        "kiezen wat er gebeurt. Een kort gesprek en de tip dat de vertrouwenspersoon vertrouwelijk "
        "meedenkt, maken vaak het verschil."
    ): {
        "en": (
            "You showed that the remark was not okay, or you wanted to act, and that counts. What "
            "was missing was giving Samira real room: asking how she is doing and letting her "
            "choose what happens. A short talk and a pointer to the confidant, who thinks along in "
            "confidence, often make the difference."
        ),
        "vi": (
            "Bạn đã cho thấy lời nhận xét kia là không ổn, hoặc bạn đã muốn hành động, và điều đó "
            "có ý nghĩa. Điều còn thiếu là thực sự cho Samira không gian: hỏi thăm cô ấy và để cô "
            "ấy tự chọn điều gì sẽ xảy ra. Một cuộc trò chuyện ngắn và lời gợi ý về người tin cậy, "
            "người sẽ lắng nghe và giữ bí mật, thường tạo nên sự khác biệt."
        ),
    },
    (
        "In het volgende overleg maakt Mark weer een soortgelijke opmerking. Samira zegt steeds "
        "minder en vraagt zich af of ze in dit team wel welkom is."
    ): {
        "en": (
            "In the next meeting, Mark makes a similar remark. Samira says less and less and "
            "wonders whether she is really welcome in this team."
        ),
        "vi": (
            "Trong buổi họp tiếp theo, Mark lại đưa ra một lời nhận xét tương tự. Samira ngày càng "
            "ít nói và tự hỏi liệu mình có thực sự được chào đón trong nhóm này không."
        ),
    },
    (
        "Meelachen, zwijgen, het wegwuiven of achter de rug van Mark klagen: het lost niets op, en "
        "voor Samira klinkt het alsof dit hier normaal is. Je hoeft geen held te zijn: een vraag "
        "die het gesprek omlegt, een aantekening, de teamleider inschakelen of achteraf even "
        "navragen helpt al. Twijfel je wat je kunt doen, vraag dan de vertrouwenspersoon om raad."
    ): {
        "en": (
            "Laughing along, staying silent, brushing it off or complaining behind the back of "
            "Mark: none of it solves anything, and to Samira it sounds as if this is normal here. "
            "You do not have to be a hero: a question that changes the subject, a note, bringing "
            "in the team leader or checking in afterwards already helps. If you are unsure what to "
            "do, ask the confidant for advice."
        ),
        "vi": (
            "Cười theo, im lặng, gạt đi hay than phiền sau lưng Mark đều không giải quyết được gì, "
            "và với Samira, điều đó nghe như thể chuyện này là bình thường ở đây. Bạn không cần "
            "phải là người hùng: một câu hỏi để chuyển chủ đề, một ghi chép, nhờ trưởng nhóm can "
            "thiệp hoặc hỏi thăm sau đó đều đã có ích. Nếu bạn không chắc nên làm gì, hãy hỏi ý "
            "kiến người tin cậy."
        ),
    },
    "Opmerkingen die maar blijven komen": {
        "en": "Remarks that keep coming",
        "vi": "Những lời nhận xét cứ lặp đi lặp lại",
    },
    "Collega Rob": {
        "en": "Colleague Rob",
        "vi": "Đồng nghiệp Rob",
    },
    (
        "Bij het koffieapparaat maakt Rob weer een opmerking over je figuur en over wat je "
        "aanhebt. Het is deze maand al de derde keer, en hij kijkt je er grijnzend bij aan."
    ): {
        "en": (
            "At the coffee machine, Rob once again comments on your figure and on what you are "
            "wearing. It is already the third time this month, and he grins at you as he says it."
        ),
        "vi": (
            "Bên máy pha cà phê, Rob lại bình luận về vóc dáng và trang phục của bạn. Đây đã là "
            "lần thứ ba trong tháng này, và anh ta vừa nói vừa nhìn bạn cười nhăn nhở."
        ),
    },
    "Rustig en duidelijk zeggen dat je zulke opmerkingen over je lichaam niet wilt": {
        "en": "Say calmly and clearly that you do not want remarks like that about your body",
        "vi": (
            "Bình tĩnh và rõ ràng nói rằng bạn không muốn nghe những lời nhận xét như vậy về cơ "
            "thể mình"
        ),
    },
    (
        "Een duidelijke grens, kort en zonder uitleg, is vaak het sterkst. Je hoeft je niet te "
        "verantwoorden voor wat je wel of niet prettig vindt."
    ): {
        "en": (
            "A clear boundary, short and without explanation, is often the strongest. You do not "
            "have to justify what you are or are not comfortable with."
        ),
        "vi": (
            "Một giới hạn rõ ràng, ngắn gọn và không cần giải thích thường là cách hiệu quả nhất. "
            "Bạn không cần phải biện minh cho điều mình thấy thoải mái hay không."
        ),
    },
    "Bijhouden wat Rob zei, op welke dag en wie het konden horen": {
        "en": "Keep a record of what Rob said, on which day and who could hear it",
        "vi": "Ghi lại những gì Rob đã nói, vào ngày nào và những ai có thể nghe thấy",
    },
    (
        "Slim: een eenvoudig logboek helpt je later om je verhaal te vertellen, bij de "
        "vertrouwenspersoon of in een klacht. Schrijf alleen op wat er gebeurde, zonder het mooier "
        "of erger te maken."
    ): {
        "en": (
            "Smart: a simple log helps you tell your story later, to the confidant or in a "
            "complaint. Write down only what happened, without softening or exaggerating it."
        ),
        "vi": (
            "Khéo léo: một cuốn sổ ghi chép đơn giản sẽ giúp bạn kể lại câu chuyện của mình sau "
            "này, với người tin cậy hoặc trong một đơn khiếu nại. Chỉ ghi lại những gì đã xảy ra, "
            "không giảm nhẹ hay phóng đại."
        ),
    },
    "Ongemakkelijk lachen en snel teruglopen naar je bureau": {
        "en": "Laugh awkwardly and hurry back to your desk",
        "vi": "Cười gượng rồi vội quay về bàn làm việc",
    },
    (
        "Heel begrijpelijk: zo reageren veel mensen als ze overvallen worden. Het zegt niets over "
        "of het oké was, en je kunt er later alsnog iets mee."
    ): {
        "en": (
            "Very understandable: many people react like this when caught off guard. It says "
            "nothing about whether it was okay, and you can still act on it later."
        ),
        "vi": (
            "Rất dễ hiểu: nhiều người phản ứng như vậy khi bị bất ngờ. Điều đó không có nghĩa là "
            "hành vi kia chấp nhận được, và bạn vẫn có thể làm gì đó sau này."
        ),
    },
    "Terugkaatsen met een gemene opmerking over zijn uiterlijk": {
        "en": "Hit back with a nasty remark about his appearance",
        "vi": "Đáp trả bằng một lời nhận xét khó nghe về ngoại hình của anh ta",
    },
    (
        "Je boosheid is terecht, maar zo wordt het een welles-nietes tussen jullie twee. Dat maakt "
        "het later lastiger om te laten zien wat er echt speelt."
    ): {
        "en": (
            "Your anger is justified, but this turns it into a tit-for-tat between the two of you. "
            "That makes it harder later to show what is really going on."
        ),
        "vi": (
            "Sự tức giận của bạn là chính đáng, nhưng làm vậy sẽ biến chuyện này thành cuộc ăn "
            "miếng trả miếng giữa hai người. Điều đó khiến sau này khó cho thấy chuyện thực sự "
            "đang diễn ra."
        ),
    },
    "Rob lacht het weg. Volgens hem is het gewoon een compliment en kun jij nergens tegen.": {
        "en": (
            "Rob laughs it off. According to him it is just a compliment and you cannot take a "
            "joke."
        ),
        "vi": (
            "Rob cười xòa cho qua. Theo anh ta, đó chỉ là một lời khen và bạn thì chẳng chịu được "
            "câu đùa nào."
        ),
    },
    "Je grens herhalen en het gesprek beëindigen": {
        "en": "Repeat your boundary and end the conversation",
        "vi": "Nhắc lại giới hạn của bạn và kết thúc cuộc trò chuyện",
    },
    (
        "Goed: je hoeft niet in discussie over wat een compliment is. Herhalen en weglopen is "
        "genoeg."
    ): {
        "en": (
            "Good: you do not need to debate what counts as a compliment. Repeating your boundary "
            "and walking away is enough."
        ),
        "vi": (
            "Tốt lắm: bạn không cần tranh cãi thế nào mới là một lời khen. Nhắc lại giới hạn của "
            "mình và rời đi là đủ."
        ),
    },
    "Je teamleider vragen om er eens naar te kijken": {
        "en": "Ask your team leader to look into it",
        "vi": "Nhờ trưởng nhóm xem xét chuyện này",
    },
    (
        "Dat kan, en soms helpt het. Weet wel dat een leidinggevende ook de belangen van de "
        "organisatie afweegt en niet altijd alles vertrouwelijk kan houden."
    ): {
        "en": (
            "You can, and sometimes it helps. Bear in mind that a manager also weighs the "
            "interests of the organisation and cannot always keep everything confidential."
        ),
        "vi": (
            "Bạn có thể làm vậy, và đôi khi điều đó có ích. Tuy nhiên, hãy nhớ rằng người quản lý "
            "cũng phải cân nhắc lợi ích của tổ chức và không phải lúc nào cũng giữ kín được mọi "
            "chuyện."
        ),
    },
    "Denken dat je misschien overdrijft en het erbij laten": {
        "en": "Think that you may be overreacting and leave it at that",
        "vi": "Nghĩ rằng có lẽ mình đang phản ứng thái quá và bỏ qua",
    },
    (
        "Die twijfel hebben veel mensen, maar je overdrijft niet. Herhaalde opmerkingen over je "
        "lichaam die je niet wilt, zijn ongewenst gedrag."
    ): {
        "en": (
            "Many people have that doubt, but you are not overreacting. Repeated remarks about "
            "your body that you do not want are unwanted behaviour."
        ),
        "vi": (
            "Nhiều người cũng có sự nghi ngờ đó, nhưng bạn không hề phản ứng thái quá. Những lời "
            "nhận xét lặp đi lặp lại về cơ thể bạn mà bạn không mong muốn chính là hành vi không "
            "mong muốn."
        ),
    },
    (
        "Een week later gaan de opmerkingen gewoon door. Je merkt dat je de koffiehoek ontloopt en "
        "er thuis nog over ligt te piekeren."
    ): {
        "en": (
            "A week later, the remarks are still going on. You notice that you avoid the coffee "
            "corner and lie awake at home thinking about it."
        ),
        "vi": (
            "Một tuần sau, những lời nhận xét vẫn tiếp diễn. Bạn nhận ra mình đang tránh góc pha "
            "cà phê và về nhà vẫn trằn trọc nghĩ về chuyện đó."
        ),
    },
    "Contact opnemen met de vertrouwenspersoon": {
        "en": "Get in touch with the confidant",
        "vi": "Liên hệ với người tin cậy",
    },
    (
        "Een goede stap: de vertrouwenspersoon is er precies voor dit soort situaties. Je hoeft "
        "nog niets besloten te hebben om te bellen of te mailen."
    ): {
        "en": (
            "A good step: the confidant is there for exactly this kind of situation. You do not "
            "need to have decided anything before you call or send an email."
        ),
        "vi": (
            "Một bước đi đúng đắn: người tin cậy có mặt chính là để hỗ trợ trong những tình huống "
            "như thế này. Bạn không cần phải quyết định gì trước khi gọi điện hay gửi email."
        ),
    },
    "Het bespreken met je teamleider": {
        "en": "Discuss it with your team leader",
        "vi": "Trao đổi chuyện này với trưởng nhóm",
    },
    (
        "Dat mag, maar je teamleider is niet onafhankelijk en kan geen geheimhouding beloven. Het "
        "helpt om eerst te weten wat je zelf wilt."
    ): {
        "en": (
            "You may, but your team leader is not independent and cannot promise confidentiality. "
            "It helps to know first what you want yourself."
        ),
        "vi": (
            "Bạn có thể làm vậy, nhưng trưởng nhóm không độc lập và không thể hứa giữ bí mật. Sẽ "
            "tốt hơn nếu trước hết bạn biết mình muốn gì."
        ),
    },
    "Een boos bericht over Rob in de groepsapp van het team zetten": {
        "en": "Post an angry message about Rob in the team group chat",
        "vi": "Đăng một tin nhắn giận dữ về Rob trong nhóm chat của cả nhóm",
    },
    (
        "Je frustratie is begrijpelijk, maar een openbaar bericht kan zich tegen je keren en lost "
        "het probleem niet op. Een vertrouwelijk gesprek geeft je meer grip."
    ): {
        "en": (
            "Your frustration is understandable, but a public message can backfire and does not "
            "solve the problem. A confidential conversation gives you more control."
        ),
        "vi": (
            "Sự bực bội của bạn là dễ hiểu, nhưng một tin nhắn công khai có thể gây bất lợi cho "
            "chính bạn và không giải quyết được vấn đề. Một cuộc trò chuyện kín đáo sẽ giúp bạn "
            "chủ động hơn."
        ),
    },
    "Het nog even aanzien en hopen dat het vanzelf stopt": {
        "en": "Wait a little longer and hope it stops by itself",
        "vi": "Chờ thêm một thời gian và hy vọng chuyện này tự chấm dứt",
    },
    (
        "Veel mensen hopen dat, en dat is niet gek. Helaas stoppen herhaalde opmerkingen zelden "
        "vanzelf, en je hoeft het niet alleen te dragen."
    ): {
        "en": (
            "Many people hope for that, and that is not strange. Sadly, repeated remarks rarely "
            "stop by themselves, and you do not have to carry this alone."
        ),
        "vi": (
            "Nhiều người cũng hy vọng như vậy, và điều đó không có gì lạ. Đáng tiếc là những lời "
            "nhận xét lặp lại hiếm khi tự chấm dứt, và bạn không phải gánh chịu chuyện này một "
            "mình."
        ),
    },
    (
        "Je teamleider luistert, maar zegt dat Rob het vast niet zo bedoelt en vraagt of je er wat "
        "luchtiger mee om kunt gaan. Je voelt je niet echt gehoord."
    ): {
        "en": (
            "Your team leader listens, but says that Rob surely does not mean it that way and asks "
            "whether you could take it a bit more lightly. You do not really feel heard."
        ),
        "vi": (
            "Trưởng nhóm lắng nghe bạn, nhưng nói rằng chắc Rob không có ý như vậy và hỏi liệu bạn "
            "có thể nhìn nhận chuyện này nhẹ nhàng hơn không. Bạn không thực sự cảm thấy được lắng "
            "nghe."
        ),
    },
    "Vragen hoe je de vertrouwenspersoon kunt bereiken": {
        "en": "Ask how you can reach the confidant",
        "vi": "Hỏi cách liên hệ với người tin cậy",
    },
    (
        "Goed dat je doorzet. Als een gesprek met je leidinggevende niet helpt, is de "
        "vertrouwenspersoon een onafhankelijke plek om verder te praten."
    ): {
        "en": (
            "Good that you keep going. If a talk with your manager does not help, the confidant is "
            "an independent place to talk things through."
        ),
        "vi": (
            "Thật tốt khi bạn không bỏ cuộc. Nếu trao đổi với người quản lý không giúp được gì, "
            "người tin cậy là một nơi độc lập để bạn tiếp tục chia sẻ."
        ),
    },
    "Je schouders ophalen en verder niets meer ondernemen": {
        "en": "Shrug and take no further action",
        "vi": "Nhún vai và không làm gì thêm nữa",
    },
    (
        "Na zo een reactie is het logisch dat je even de moed verliest. Weet dat er meer wegen "
        "zijn, ook als deze deur dicht lijkt."
    ): {
        "en": (
            "After a reaction like that, it makes sense to lose heart for a while. Know that there "
            "are other routes, even if this door seems closed."
        ),
        "vi": (
            "Sau một phản ứng như vậy, việc bạn nản lòng một thời gian là điều dễ hiểu. Hãy biết "
            "rằng vẫn còn những con đường khác, ngay cả khi cánh cửa này có vẻ đã đóng lại."
        ),
    },
    "Vertrouwenspersoon": {
        "en": "Confidant",
        "vi": "Người tin cậy",
    },
    (
        "De vertrouwenspersoon neemt de tijd en legt uit dat alles wat je vertelt vertrouwelijk "
        "blijft, behalve bij een strafbaar feit of acuut gevaar. Ze staat los van HR en je "
        "leidinggevende en beslist niets zonder jou."
    ): {
        "en": (
            "The confidant takes time for you and explains that everything you share stays "
            "confidential, except in the case of a criminal offence or acute danger. She is "
            "independent of HR and your manager and decides nothing without you."
        ),
        "vi": (
            "Người tin cậy dành thời gian cho bạn và giải thích rằng mọi điều bạn chia sẻ đều được "
            "giữ bí mật, trừ khi có hành vi phạm tội hoặc nguy hiểm cấp bách. Chị ấy độc lập với "
            "bộ phận nhân sự và người quản lý của bạn, và không quyết định điều gì thay bạn."
        ),
    },
    "Je logboek erbij pakken en aan de hand daarvan vertellen wat er gebeurde": {
        "en": "Take out your log and use it to tell what happened",
        "vi": "Lấy sổ ghi chép ra và dựa vào đó kể lại những gì đã xảy ra",
    },
    (
        "Je aantekeningen maken je verhaal concreet en helpen de vertrouwenspersoon het patroon te "
        "zien. Jij bepaalt wat je deelt."
    ): {
        "en": (
            "Your notes make your story concrete and help the confidant see the pattern. You "
            "decide what you share."
        ),
        "vi": (
            "Những ghi chép giúp câu chuyện của bạn trở nên cụ thể và giúp người tin cậy nhận ra "
            "sự việc lặp đi lặp lại. Bạn là người quyết định chia sẻ những gì."
        ),
    },
    "In je eigen woorden en in je eigen tempo vertellen wat er speelt": {
        "en": "Explain what is going on in your own words and at your own pace",
        "vi": "Kể lại những gì đang diễn ra bằng lời của chính bạn và theo nhịp độ của bạn",
    },
    (
        "Zo hoort het: je hoeft niets te bewijzen en niets te haasten. De vertrouwenspersoon "
        "luistert en oordeelt niet."
    ): {
        "en": (
            "That is how it should be: you do not have to prove anything or rush anything. The "
            "confidant listens without judging."
        ),
        "vi": (
            "Đúng vậy: bạn không cần chứng minh điều gì hay vội vàng điều gì. Người tin cậy lắng "
            "nghe mà không phán xét."
        ),
    },
    "Vragen of de vertrouwenspersoon Rob direct een waarschuwing kan geven": {
        "en": "Ask whether the confidant can give Rob a warning straight away",
        "vi": "Hỏi xem người tin cậy có thể cảnh cáo Rob ngay lập tức không",
    },
    (
        "Dat is niet de rol van de vertrouwenspersoon: die straft niet en beslist niet over "
        "anderen. Wel zoekt ze samen met jou uit welke stappen er mogelijk zijn."
    ): {
        "en": (
            "That is not the role of the confidant, who does not punish anyone or make decisions "
            "about others. What she does is work out with you which steps are possible."
        ),
        "vi": (
            "Đó không phải là vai trò của người tin cậy: họ không xử phạt và không quyết định thay "
            "cho người khác. Nhưng chị ấy sẽ cùng bạn tìm hiểu những bước đi có thể thực hiện."
        ),
    },
    (
        "Samen zetten jullie de mogelijkheden op een rij: zelf met Rob praten, een gesprek onder "
        "begeleiding, je leidinggevende inschakelen of een formele klacht bij de "
        "klachtencommissie. De vertrouwenspersoon zegt dat jij kiest, en dat je daar ook de tijd "
        "voor mag nemen."
    ): {
        "en": (
            "Together you list the options: talking to Rob yourself, a guided conversation, "
            "involving your manager, or a formal complaint to the complaints committee. The "
            "confidant says that the choice is yours, and that you may take your time over it."
        ),
        "vi": (
            "Hai người cùng liệt kê các lựa chọn: tự nói chuyện với Rob, một cuộc trò chuyện có "
            "người hướng dẫn, nhờ người quản lý can thiệp, hoặc nộp đơn khiếu nại chính thức lên "
            "ủy ban khiếu nại. Người tin cậy nói rằng quyền lựa chọn là của bạn, và bạn có thể "
            "dành thời gian suy nghĩ."
        ),
    },
    "Kiezen voor een gesprek met Rob, met een bemiddelaar erbij": {
        "en": "Choose a conversation with Rob, with a mediator present",
        "vi": "Chọn một cuộc nói chuyện với Rob, có người hòa giải cùng tham gia",
    },
    (
        "Een begeleid gesprek geeft je een veilige setting om je grens nog eens duidelijk te "
        "maken. De vertrouwenspersoon helpt je het voor te bereiden."
    ): {
        "en": (
            "A guided conversation gives you a safe setting to make your boundary clear once more. "
            "The confidant helps you prepare for it."
        ),
        "vi": (
            "Một cuộc trò chuyện có người hướng dẫn mang lại cho bạn môi trường an toàn để nói rõ "
            "giới hạn của mình thêm một lần nữa. Người tin cậy sẽ giúp bạn chuẩn bị."
        ),
    },
    "Een formele klacht indienen, met steun van de vertrouwenspersoon": {
        "en": "File a formal complaint, with the support of the confidant",
        "vi": "Nộp đơn khiếu nại chính thức, với sự hỗ trợ của người tin cậy",
    },
    (
        "Een klacht is een serieuze stap waar je recht op hebt. De vertrouwenspersoon kan je "
        "helpen bij het opstellen en gaat desgewenst met je mee."
    ): {
        "en": (
            "A complaint is a serious step that you are entitled to take. The confidant can help "
            "you write it and, if you wish, go along with you."
        ),
        "vi": (
            "Khiếu nại là một bước nghiêm túc mà bạn có quyền thực hiện. Người tin cậy có thể giúp "
            "bạn soạn đơn và, nếu bạn muốn, sẽ đi cùng bạn."
        ),
    },
    "Eerst bijhouden wat er gebeurt en over twee weken opnieuw afspreken": {
        "en": "First keep track of what happens and meet again in two weeks",
        "vi": "Trước hết ghi lại những gì xảy ra và hẹn gặp lại sau hai tuần",
    },
    (
        "Ook dat is een goede keuze: je hoeft niet meteen te beslissen. Je weet nu waar je terecht "
        "kunt als je er klaar voor bent."
    ): {
        "en": (
            "That is a good choice too: you do not have to decide right away. You now know where "
            "to go when you are ready."
        ),
        "vi": (
            "Đó cũng là một lựa chọn tốt: bạn không cần quyết định ngay. Giờ bạn đã biết nơi để "
            "tìm đến khi bạn sẵn sàng."
        ),
    },
    (
        "Je gaat naar huis met een plan dat bij jou past. Je staat er niet meer alleen voor, en je "
        "houdt zelf de regie over wat er gebeurt."
    ): {
        "en": (
            "You go home with a plan that suits you. You are no longer facing this alone, and you "
            "stay in charge of what happens next."
        ),
        "vi": (
            "Bạn về nhà với một kế hoạch phù hợp với mình. Bạn không còn phải một mình đối mặt với "
            "chuyện này, và bạn vẫn là người làm chủ những gì sẽ diễn ra."
        ),
    },
    (
        "Bij herhaalde ongewenste opmerkingen heb je verschillende mogelijkheden: zelf een grens "
        "aangeven, bijhouden wat er gebeurt, met de vertrouwenspersoon praten en eventueel een "
        "formele klacht indienen. De vertrouwenspersoon luistert vertrouwelijk, staat los van HR "
        "en je leidinggevende en helpt je je opties te verkennen. De keuze blijft altijd bij jou."
    ): {
        "en": (
            "When unwanted remarks keep coming, you have several options: setting a boundary "
            "yourself, keeping track of what happens, talking to the confidant and, if you wish, "
            "filing a formal complaint. The confidant listens in confidence, is independent of HR "
            "and your manager, and helps you explore your options. The choice always stays with "
            "you."
        ),
        "vi": (
            "Khi liên tục phải nghe những lời nhận xét không mong muốn, bạn có nhiều lựa chọn: tự "
            "mình đặt ra giới hạn, ghi lại những gì xảy ra, trò chuyện với người tin cậy và, nếu "
            "muốn, nộp đơn khiếu nại chính thức. Người tin cậy lắng nghe và giữ bí mật, độc lập "
            "với bộ phận nhân sự và người quản lý của bạn, và giúp bạn tìm hiểu các lựa chọn. "
            "Quyền quyết định luôn thuộc về bạn."
        ),
    },
    (
        "De teamleider zegt terloops iets tegen Rob, en hij houdt zich een tijdje in. Maar niemand "
        "heeft echt met je meegedacht, en je weet niet wat je moet doen als het opnieuw begint."
    ): {
        "en": (
            "The team leader mentions it to Rob in passing, and he holds back for a while. But "
            "nobody has really thought it through with you, and you do not know what to do if it "
            "starts again."
        ),
        "vi": (
            "Trưởng nhóm nhắc qua với Rob, và anh ta kiềm chế được một thời gian. Nhưng chưa ai "
            "thực sự cùng bạn suy nghĩ về chuyện này, và bạn không biết phải làm gì nếu nó lại bắt "
            "đầu."
        ),
    },
    (
        "Je zette de stap om erover te praten, en dat is niet niks. Een leidinggevende reageert "
        "niet altijd zoals je hoopt. Daarvoor is er de vertrouwenspersoon: onafhankelijk, "
        "vertrouwelijk en er om samen met jou je opties te bekijken. Ook later kun je daar nog "
        "terecht."
    ): {
        "en": (
            "You took the step of talking about it, and that is no small thing. A manager does not "
            "always respond the way you hope. That is what the confidant is for: independent, "
            "confidential and there to look at your options with you. You can still go there later "
            "too."
        ),
        "vi": (
            "Bạn đã dám mở lời, và đó không phải là điều nhỏ. Người quản lý không phải lúc nào "
            "cũng phản ứng như bạn mong đợi. Đó là lý do có người tin cậy: độc lập, giữ bí mật và "
            "luôn sẵn sàng cùng bạn xem xét các lựa chọn. Sau này bạn vẫn có thể tìm đến họ."
        ),
    },
    (
        "De opmerkingen gaan door en je ziet steeds meer op tegen je werkdagen. Je voelt je er "
        "alleen mee."
    ): {
        "en": (
            "The remarks continue and you dread your working days more and more. You feel alone "
            "with it."
        ),
        "vi": (
            "Những lời nhận xét vẫn tiếp diễn và bạn ngày càng ngại những ngày đi làm. Bạn cảm "
            "thấy mình phải một mình đối mặt."
        ),
    },
    (
        "Dit is geen verwijt: wie steeds opmerkingen krijgt, zoekt vaak eerst zelf een uitweg, en "
        "dat is heel menselijk. Toch stopt dit gedrag zelden vanzelf, en het is nooit jouw schuld. "
        "Je kunt altijd, ook nu nog, vertrouwelijk praten met de vertrouwenspersoon, die met je "
        "meedenkt en jou laat beslissen."
    ): {
        "en": (
            "This is not a reproach: people who keep receiving remarks often look for their own "
            "way out first, and that is very human. Still, this behaviour rarely stops by itself, "
            "and it is never your fault. You can always, even now, talk in confidence to the "
            "confidant, who will think along with you and let you decide."
        ),
        "vi": (
            "Đây không phải là lời trách móc: người liên tục phải nghe những lời nhận xét như vậy "
            "thường tự tìm lối thoát trước, và điều đó rất con người. Tuy vậy, hành vi này hiếm "
            "khi tự chấm dứt, và đó không bao giờ là lỗi của bạn. Bạn luôn có thể, kể cả bây giờ, "
            "trò chuyện kín đáo với người tin cậy, người sẽ cùng bạn suy nghĩ và để bạn tự quyết "
            "định."
        ),
    },
}
