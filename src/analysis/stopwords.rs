//! Function and question words of every query language: never required and never scored,
//! so "Where can I find a German course?" searches for "German course".

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::normalize;
use crate::domain::Lang;

/// Whitespace-separated, as people write them; normalised once when first used.
fn list(lang: Lang) -> &'static str {
    match lang {
        Lang::De => concat!(
            "suche suchen sucht brauche brauchen braucht benötige benötigen finde finden gesucht bekommen bekomme erhalten ",
            "der die das den dem des ein eine einen einem einer eines und oder aber in im am an auf für mit ",
            "von vom zu zum zur bei beim nach aus über unter ohne um bis ist sind bin bist war ich du er sie ",
            "es wir ihr mein meine meinen meinem meiner dein sein seine unser unsere mir mich dir uns ihm ihn ",
            "man wo wie was wer wann warum welche welcher gibt auch noch schon jetzt hier da dort nicht kein ",
            "keine keinen habe hat haben kann können will möchte muss soll wenn weil dass ob als so sehr mehr ",
            "bitte jemanden jemand etwas bekommt bekomme machen mache doch denn sondern wohin woher weshalb ",
            "wieso wen wem wessen welches welchen welchem womit wofür worauf wozu wobei woran wodurch damit ",
            "falls obwohl bevor nachdem während seit seitdem durch gegen hinter ins neben vor zwischen dich ",
            "sich euch ihnen ihre ihrem ihren ihrer ihres meines deine seinem seinen seiner euer eure nichts ",
            "alle alles jeder jede jedes viele einige andere anderen nur erst mal dann keiner ja nein waren ",
            "sei wäre wird werden wurde würde hast hatte hätte kannst konnte könnte musst müssen sollen ",
            "sollte willst wollen möchten darf dürfen geben gab gerne gern eigentlich vielleicht genau gut ",
            "dieser diese dieses diesem diesen jene solche wieviel viel",
        ),
        Lang::En => concat!(
            "looking look find search searching need needs get getting ",
            "the a an and or but in on at for with of to from by is are am was be i my me we our us you your ",
            "he she his her it they them their where how what who when which why can could do does there here ",
            "near have has had want need get should would will still not no any some someone anyone this that ",
            "if so please about after nor yet as than then because while whom whose whether these those into ",
            "onto over under between through before during without within up down out off again mine myself ",
            "ours yours him hers its theirs were been being did doing done having may might must shall ",
            "something anything all each every other another such only just very too also more most much many ",
            "got there's what's i'm i've it's can't don't like",
        ),
        Lang::Ar => concat!(
            "ابحث أبحث نبحث احتاج أحتاج نحتاج اجد أجد احصل أحصل الحصول ",
            "في من على الى إلى عن مع و او أو هل اين أين كيف ما ماذا لي انا أنا ل هذا هذه التي الذي كان يمكن ",
            "يمكنني اريد أريد عندي لدي ليس لا بعد قبل حتى ثم أن ان إن عند هو هي نحن هناك يوجد متى لماذا مين ",
            "من فضلك لكن بل هم هن انت أنت انتم أنتم ذلك تلك هنا الذين كل بعض اي أي لم لن قد كانت يكون تكون له ",
            "لها لنا لهم بين اذا إذا كي لكي يا مثل غير ايضا أيضا فقط جدا ممكن أستطيع استطيع بدي ابحث أبحث شو ",
            "وين ليش كيفاش",
        ),
        Lang::Uk => concat!(
            "шукаю шукаємо шукати потрібен потрібна потрібне знайти отримати отримую ",
            "в у на з із зі для і й та а але до по як де що я мені мене ми нам ти він вона воно вони це той є ",
            "був можна можу треба потрібно хочу куди коли чи не ні нема немає якщо який яка які мій моя мої ",
            "його її від при про ще вже або звідки чому навіщо хто кого кому яке якого якій яких над під за ",
            "через між без біля після перед ви моє мого моєї нас наш наша наші вас вам ваш ваша ваші їх їм їй ",
            "себе собі цей ця ці те ті там тут була було були буде бути може можете хочемо так також теж лише ",
            "тільки дуже більше будь ласка бо щоб аби",
        ),
        Lang::Ru => concat!(
            "ищу ищем искать нужен нужна нужно найти получить ",
            "в во на с со для и а но до по как где что я мне меня мы нам ты он она оно они это тот есть был ",
            "из у к можно могу нужно надо хочу куда когда ли не нет если какой какая какие мой моя мои его ее ",
            "её от при про о об еще уже чтобы или да откуда почему зачем кто кого кому какое каком ко над под ",
            "за через между без около после перед вы моё мое моего нас наш наша наши вас вам ваш ваша ваши их ",
            "им ей себя себе этот эта эти та то те там тут здесь была было были будет быть может можете хотим ",
            "ни так также тоже ещё только очень больше пожалуйста потому бы же",
        ),
        Lang::Tr => concat!(
            "arıyorum arıyoruz bulmak almak ",
            "ve ile için icin bir bu şu de da ne nerede nasıl nasil ben bana beni biz sen o mi mı mu mü var ",
            "yok ama veya ya gibi çok daha en her hangi kim neden niçin istiyorum lazım gerek nerde fakat ki ",
            "nereye nereden niye kime hangisi zaman kaç kadar göre sonra önce siz onlar benim bizim sizin ",
            "onun onların az değil evet hayır lütfen bulabilirim olabilir olur acaba",
        ),
        Lang::Fa => concat!(
            "دنبال میگردم می‌گردم پیدا بگیرم نیاز ",
            "و در به از با برای که را این آن کجا چطور چگونه من یک ما تو او آنها است هست بود می هم یا اما ولی ",
            "چه چی کی آیا اگر تا بر نه ندارم دارم میخواهم می‌خواهم باید توانم کنم چرا کدام چند شما ایشان مرا ",
            "مال هستم هستند بودم باشد نمی داریم میخوام میتوانم می‌توانم کنید لطفا خیلی فقط هیچ همه بعضی دیگر",
        ),
        Lang::Fr => concat!(
            "cherche cherchons chercher besoin trouver obtenir ",
            "le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi quel quelle ",
            "quels quelles lequel laquelle où comment pourquoi quand combien est-ce est ce c cet cette ces ça ",
            "cela je j me m moi tu te t toi il elle on nous vous ils elles se s lui leur leurs mon ma mes ton ",
            "ta tes son sa ses notre nos votre vos à a en dans sur sous avec sans pour par chez entre vers ",
            "avant après pendant depuis ne n pas plus très aussi déjà encore seulement si y être suis es ",
            "sommes êtes sont était étais été avoir ai as avons avez ont avait eu peux peut pouvez pouvons ",
            "puis veux veut voudrais voulez dois doit devez faut s'il plaît svp",
        ),
        Lang::Ku => concat!(
            "digerim dixwazim bibînim ",
            "û ù u an yan lê belê ku çi çawa li derê kengî çima kî kê kîjan çend di de ji bi bo ser bin nav ",
            "navbera bê piştî berî ez tu ew em hûn min te wî wê me we wan xwe vê vî ev ên ya yê yên a e ye ne ",
            "in im î bû bûn dikarim dikare dikarin divê dixwazim dixwaze na erê jî hîn tenê gelek zêde kerema ",
            "eger heke ber da",
        ),
        Lang::Ps => concat!(
            "لټوم پیدا ",
            "او یا خو ولې چې که څه څوک چیرته چېرته کوم کله څنګه څومره په له د ته سره لپاره پر تر څخه کې نه هو ",
            "زه هغه موږ تاسو دوی زما ستا زموږ ستاسو دا دغه دلته هلته دی ده دي وو وه وي شي شم کولای کولی غواړم ",
            "باید هم یوازې ډېر ډیر مهرباني وکړئ",
        ),
        Lang::Ti => concat!(
            "ይደሊ ክረክብ ",
            "ን ናብ ካብ ምስ እዩ እያ እዮም ኣሎ ኣላ ኣለዉ ኣይ ኣይኮነን እንታይ ከመይ ኣበይ መዓስ ስለምንታይ መን ኣየናይ ክንደይ ኣነ ንስኻ ንስኺ ንሱ ንሳ ",
            "ንሕና ንስኻትኩም ንሳቶም እዚ እቲ እዛ እቶም ኣብዚ ኣብኡ ኣብ ውን ጥራይ ብዙሕ በጃኹም እንተ ምኽንያቱ ክኽእል ይኽእል ደልየ የድሊ",
        ),
        Lang::So => concat!(
            "raadinayaa u baahanahay helo ",
            "iyo ama laakiin ee in oo waa ma miyaa maxay maxaa sidee xaggee halkee goorma sababtoo kee kuma ",
            "yaa ayaa meeqa ka ku u la soo kala dhex kadib hor aniga adiga isaga iyada annaga innaga idinka ",
            "iyaga i na idin is kan kaan taas tan kuwan halkan halkaas yahay yihiin ahaa ahayd jira jirtaa ",
            "karaa karo waxaan rabaa rabtaa kale haa mid sidoo kaliya aad fadlan haddii yeelay si",
        ),
        Lang::Ro => concat!(
            "caut căutăm găsesc găsi obține ",
            "și si sau dar iar ori că ca ce cine care cum unde când cand de cât cat câte în in la pe cu din ",
            "pentru prin spre fără fara despre între intre după dupa înainte sub peste lângă langa eu tu el ",
            "ea noi voi ei ele mă ma mi îmi imi te îți iti îl il o ne vă va le lor meu mea mei mele tău său ",
            "sa nostru noastră vostru vostră acest această aceasta acesta aceste acolo aici un unui unei ",
            "niște este e sunt era fi am ai are au avem aveți pot poate puteți vreau vrea trebuie nu da ",
            "foarte mai doar rog dacă daca să se",
        ),
        Lang::Bg => concat!(
            "търся търсим намеря получа ",
            "и а но или ли че как къде кога защо кой коя кое кои какъв каква какво какви колко в във на с със ",
            "към от за по при над под през между без около след преди у аз ти той тя то ние вие те мен ми мой ",
            "моя мое мои нас ни наш наша наше наши вас ви ваш ваша ваше ваши него го му нея я ѝ тях им себе ",
            "си се това този тази тези там тук е са бях беше бе бяха ще бъде бъдат може мога можем можете ",
            "искам трябва не да също още вече само много повече моля защото ако",
        ),
        Lang::Pl => concat!(
            "szukam szukamy potrzebuję znaleźć dostać ",
            "i a ale lub albo czy że ze jak gdzie dokąd skąd kiedy dlaczego czemu po co kto kogo komu czego ",
            "czym jaki jaka jakie jakiego który która które którego w we na z do od dla o przy nad pod za ",
            "przez między bez obok przed u ja ty on ona ono my wy oni one mnie mi mój moja moje moi mojego ",
            "nas nam nasz nasza nasze was wam wasz wasza wasze jego jej ich im siebie sobie się to ten ta te ",
            "tam tu tutaj jest są był była było byli będzie być można trzeba muszę mogę może możecie chcę ",
            "chcemy nie ani tak także też jeszcze już tylko bardzo więcej proszę bo jeśli jeżeli żeby aby by",
        ),
        Lang::Sq => concat!(
            "kërkoj gjej marr ",
            "dhe ose por a që se si ku kur pse kush kë kujt çfarë cili cila cilat cilët sa në me nga për pa ",
            "mbi nën te tek pas para ndërmjet midis rreth unë ti ai ajo ne ju ata ato më mua të ty atë asaj ",
            "im ime imi tim time yt jot i e ynë jonë juaj tuaj kjo ky këto këta atje këtu është janë ishte ",
            "ishin jam je jemi jeni kam ke ka kemi keni kanë mund duhet dua do nuk jo po edhe gjithashtu ",
            "vetëm shumë lutem nëse sepse",
        ),
    }
}

fn lists() -> &'static HashMap<Lang, HashSet<String>> {
    static LISTS: OnceLock<HashMap<Lang, HashSet<String>>> = OnceLock::new();
    LISTS.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| (lang, list(lang).split_whitespace().map(|w| normalize(lang, w)).collect()))
            .collect()
    })
}

/// Whether `word` is a function word in `lang`.
pub fn is_stopword(lang: Lang, word: &str) -> bool {
    lists().get(&lang).is_some_and(|list| list.contains(&normalize(lang, word)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_recognised_after_normalisation() {
        assert!(is_stopword(Lang::De, "für"));
        assert!(is_stopword(Lang::Ar, "إلى"));
        assert!(!is_stopword(Lang::De, "Kurs"));
    }

    #[test]
    fn question_words_of_every_language_are_function_words() {
        for (lang, word) in
            [(Lang::En, "How"), (Lang::Fr, "où"), (Lang::Uk, "Як"), (Lang::Ps, "څنګه"), (Lang::Pl, "gdzie")]
        {
            assert!(is_stopword(lang, word), "{lang} {word}");
        }
    }

    #[test]
    fn every_language_has_a_list() {
        for lang in Lang::ALL {
            assert!(lists()[&lang].len() >= 40, "{lang}");
        }
    }
}
