package dev.orchard.fake.sharedstreams;

import dev.orchard.fake.auth.FakeAccount;

import java.util.List;

/** A few shared albums for {@code orchard demo} and the fake's CLI: owned, subscribed, public, hostile names. */
public final class SharedStreamsDemo {
    public static final SharedItem.Person FRIEND = new SharedItem.Person("20000000001", "Rose", "Miller");

    private SharedStreamsDemo() {
    }

    /** Adds the demo albums for {@code account}; returns them (the first one is public). */
    public static List<SharedAlbum> seed(SharedStreams streams, FakeAccount account) {
        SharedItem.Person me = new SharedItem.Person(account.dsid(), "Demo", "User");
        SharedAlbum lake = streams.createAlbum(me, "Summer at the Lake", true);
        streams.addItem(lake, "IMG_0101.JPG", 48_000, me, "First swim of the year");
        streams.addItem(lake, "IMG_0102.JPG", 52_000, FRIEND, null);
        streams.addItem(lake, "IMG_0103.MOV", 90_000, me, "Jumping off the dock");

        SharedAlbum garden = streams.createAlbum(FRIEND, "Grandma's Garden", false);
        garden.subscribe(account.dsid());
        streams.addItem(garden, "IMG_2001.JPG", 40_000, FRIEND, "Roses in June");
        streams.addItem(garden, "IMG_2002.JPG", 44_000, FRIEND, null);

        SharedAlbum hostile = streams.createAlbum(FRIEND, "../../etc/\u202Egnp.exe", false);
        hostile.subscribe(account.dsid());
        streams.addItem(hostile, "../../../outside.jpg", 20_000, FRIEND, null);
        streams.addItem(hostile, ".hidden\u0000name.JPG", 20_000, FRIEND, null);
        return List.of(lake, garden, hostile);
    }
}
